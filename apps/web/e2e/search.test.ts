import type { Page } from 'playwright-core'

import { contextOptions, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { startPagePerTest } from './support/page-per-test'

const { baseUrl } = e2eContext()
const phone = viewports.find((viewport) => viewport.name === 'phone')
if (!phone) throw new Error('no phone viewport in support/chromium.mjs')

/** The found results as the page lists them: each group's heading and its links' text and address. */
const results = (page: Page) =>
  page.$$eval('main section', (sections) =>
    sections.map((section) => ({
      heading: section.querySelector('h2')?.firstChild?.textContent ?? '',
      links: Array.from(section.querySelectorAll('li > a'), (a) => [a.textContent, a.getAttribute('href')]),
    })),
  )

describe('site search without JavaScript', () => {
  // The search is a plain form: with scripts off, the browser itself submits it to /sok.
  const page = startPagePerTest(baseUrl, { ...contextOptions(phone), javaScriptEnabled: false })

  /** Types the query into the header's labelled search box, with the keyboard, and presses Enter. */
  async function searchFromHeader(query: string) {
    await page().getByRole('searchbox', { name: 'Sök på webbplatsen' }).focus()
    await page().keyboard.type(query)
    await Promise.all([page().waitForURL(/\/sok\?q=/), page().keyboard.press('Enter')])
  }

  it('finds "kommun" in kommuner, grouped by type, with a count in a status region', async () => {
    await searchFromHeader('kommun')

    expect(new URL(page().url()).search).toBe('?q=kommun')
    expect(await page().locator('main h1').textContent()).toBe('Sök')
    expect(await page().getByRole('status').textContent()).toMatch(/^\d+ träffar för ”kommun”\.$/)
    const organisations = (await results(page())).find((group) => group.heading === 'Organisationer')
    expect(organisations?.links).toContainEqual(['Borlänge kommun', '/organisationer/borlange-kommun'])
    // The query stays in the results page's own box, to change it.
    expect(await page().locator('#search-page-query').inputValue()).toBe('kommun')
  })

  it('ignores case, of å, ä and ö too', async () => {
    await searchFromHeader('OVAKO')
    const upper = await results(page())
    expect(upper.find((group) => group.heading === 'Organisationer')?.links).toContainEqual([
      'Ovako',
      '/organisationer/ovako',
    ])

    await page().goto(`${baseUrl}/`)
    await searchFromHeader('nyström')
    expect((await results(page())).find((group) => group.heading === 'Talare')?.links).toEqual([
      ['Göran Nyström', '/talare/goran-nystrom'],
    ])
  })

  it('says when nothing is found, and every result link leads to a page', async () => {
    await searchFromHeader('finnsintenågonstans')
    expect(await page().getByRole('status').textContent()).toBe('Inga träffar för ”finnsintenågonstans”.')

    await page().goto(`${baseUrl}/sok?q=borl%C3%A4nge`)
    const links = (await results(page())).flatMap((group) => group.links.map(([, href]) => href ?? ''))
    expect(links.length).toBeGreaterThan(3)
    for (const href of links) expect((await fetch(`${baseUrl}${href}`)).status).toBe(200)
  })

  it('keeps result pages out of search engines, not the search page itself', async () => {
    await page().goto(`${baseUrl}/sok?q=kommun`)
    expect(await page().locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)
    await page().goto(`${baseUrl}/sok`)
    expect(await page().locator('meta[name="robots"]').count()).toBe(0)
  })
})
