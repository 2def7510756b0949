import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

import type { Browser } from 'playwright-core'

import { stockholmFormat } from '../src/lib/format/stockholm'
import { calendarTestEvents, writeCalendarDataset } from '../src/testing/calendar-dataset'
import { entryOf, parseCalendar, valueOf } from '../src/testing/parse-calendar'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { startDeployedOnDataset } from './support/deployed-site'
import type { RunningServer } from './support/server.mjs'

const { baseUrl, crawl, webRoot } = e2eContext()
const feedPath = '/evenemang/kalender.ics'
const calendarType = 'text/calendar; charset=utf-8'

/** A calendar as served: its status, headers and entries as node-ical reads them. */
async function fetchCalendar(url: string) {
  const response = await fetch(url)
  const text = await response.text()
  return { response, calendar: response.ok ? parseCalendar(text) : null }
}

describe('the calendar on the bundled dataset', () => {
  // The origin the site was built for (SITE_URL): the one every page's canonical link names.
  const siteOrigin = new URL(crawl.pages.find((page) => page.canonical)?.canonical ?? '').origin

  it('the events page links the feed, which the crawl reached as a calendar', () => {
    expect(crawl.links).toContainEqual(expect.objectContaining({ from: '/evenemang', target: feedPath }))
    const feed = crawl.pages.find((page) => page.path === feedPath)
    expect([feed?.status, feed?.contentType]).toEqual([200, calendarType])
  })

  it('serves the feed as a named calendar whose entries lead to event pages of the site', async () => {
    const { response, calendar } = await fetchCalendar(`${baseUrl}${feedPath}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(calendarType)
    expect(calendar?.calendar?.['WR-CALNAME']).toBe('Intresseföreningen Bergslagets evenemang')
    // The bundled event is known only by its year, so today the feed is empty; any entry must still
    // lead to an event page the crawl found.
    const reached = new Set(crawl.pages.filter((page) => page.status === 200).map((page) => page.path))
    for (const entry of calendar?.events ?? []) {
      const url = new URL(valueOf(entry.url) ?? '')
      expect(url.origin).toBe(siteOrigin)
      expect(reached).toContain(url.pathname)
      expect(entry.uid).toMatch(new RegExp(`@${new URL(siteOrigin).hostname}$`))
    }
  })

  it('an event without a fixed date has no calendar link and no file', async () => {
    const eventPages = crawl.pages.filter((page) => page.route === '/evenemang/[slug]' && page.status === 200)
    expect(eventPages.length).toBeGreaterThan(0)
    const files = new Set(crawl.links.map((link) => link.target).filter((target) => target.endsWith('.ics')))
    for (const page of eventPages) {
      const file = `${page.path}/kalender.ics`
      const response = await fetch(`${baseUrl}${file}`)
      await response.arrayBuffer()
      // Each event page links its file exactly when the file exists.
      expect([file, response.status]).toEqual([file, files.has(file) ? 200 : 404])
    }
  })
})

/**
 * The site built and served as deployed on the bundled dataset with the calendar's test events
 * (src/testing/calendar-dataset.ts): events dated from today, a cancelled one, one known only by next
 * year, and past ones on either side of a daylight-saving switch.
 */
describe('the calendar on a dataset with dated events', () => {
  let server: RunningServer | undefined
  let datasetFile: string
  let browser: Browser
  const { upcoming, cancelled, unconfirmed, afterSpringSwitch } = calendarTestEvents

  beforeAll(async () => {
    datasetFile = await writeCalendarDataset()
    const started = performance.now()
    server = (await startDeployedOnDataset(join(webRoot, '..', '..'), 'e2e-calendar', datasetFile)).server
    console.log(
      `e2e calendar: npm start answered after ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (datasetFile) rmSync(dirname(datasetFile), { recursive: true, force: true })
  })

  /** The event page's canonical URL (built from SITE_URL) and the UID host that goes with it. */
  async function canonicalOf(path: string) {
    const page = await browser.newPage()
    try {
      await page.goto(`${server?.baseUrl}${path}`)
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
      return { url: canonical ?? '', host: new URL(canonical ?? '').hostname }
    } finally {
      await page.close()
    }
  }

  it('the feed holds the upcoming events with a fixed date, the cancelled one as CANCELLED', async () => {
    const { response, calendar } = await fetchCalendar(`${server?.baseUrl}${feedPath}`)
    const page = await canonicalOf(`/evenemang/${upcoming.slug}`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(calendarType)
    expect(calendar?.events.map((event) => event.uid).sort()).toEqual(
      [`${cancelled.id}@${page.host}`, `${upcoming.id}@${page.host}`].sort(),
    )
    if (!calendar) return
    const entry = entryOf(calendar, upcoming.id)
    expect([entry.start.toISOString(), entry.end?.toISOString()]).toEqual([
      upcoming.document.startsAt,
      upcoming.document.endsAt,
    ])
    expect(entry.summary).toBe(upcoming.title)
    expect(valueOf(entry.url)).toBe(page.url)
    expect([entry.status, entryOf(calendar, cancelled.id).status]).toEqual(['CONFIRMED', 'CANCELLED'])
  })

  it("the event page's “Lägg till i kalendern”, beside its date, downloads its file without script", async () => {
    const { host } = await canonicalOf(`/evenemang/${upcoming.slug}`)
    const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true })
    try {
      const page = await context.newPage()
      await page.goto(`${server?.baseUrl}/evenemang/${upcoming.slug}`)
      const link = page.getByRole('link', { name: 'Lägg till i kalendern' })
      expect(await link.evaluate((a) => a.closest('dd')?.previousElementSibling?.textContent)).toBe('När')

      const href = await link.getAttribute('href')
      const { response, calendar } = await fetchCalendar(new URL(href ?? '', server?.baseUrl).href)
      expect([response.status, response.headers.get('content-type')]).toEqual([200, calendarType])
      expect(calendar?.events.map((event) => event.uid)).toEqual([`${upcoming.id}@${host}`])

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      expect(download.suggestedFilename()).toBe(`${upcoming.slug}.ics`)
      const saved = parseCalendar(readFileSync(await download.path(), 'utf8'))
      expect(saved.events.map((event) => event.uid)).toEqual([`${upcoming.id}@${host}`])
    } finally {
      await context.close()
    }
  })

  it('an event known only by its year has no link and no file', async () => {
    const page = await browser.newPage()
    try {
      await page.goto(`${server?.baseUrl}/evenemang/${unconfirmed.slug}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(unconfirmed.title)
      expect(await page.getByRole('link', { name: 'Lägg till i kalendern' }).count()).toBe(0)
    } finally {
      await page.close()
    }
    const response = await fetch(`${server?.baseUrl}/evenemang/${unconfirmed.slug}/kalender.ics`)
    await response.arrayBuffer()
    expect(response.status).toBe(404)
  })

  it('the production build writes a summer-time start as the instant of 13.00 in Stockholm', async () => {
    const { calendar } = await fetchCalendar(
      `${server?.baseUrl}/evenemang/${afterSpringSwitch.slug}/kalender.ics`,
    )
    const start = calendar && entryOf(calendar, afterSpringSwitch.id).start
    expect(start?.toISOString()).toBe('2025-03-31T11:00:00.000Z')
    expect(start && stockholmFormat({ timeStyle: 'short' }).format(start)).toBe('13:00')
  })
})
