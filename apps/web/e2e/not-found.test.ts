import type { Browser, Page } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { isDynamic, readBuildRoutes } from './support/page-types.mjs'

const { baseUrl, webRoot } = e2eContext()
const { patterns, prerendered } = readBuildRoutes(webRoot)

const unknown = 'finns-inte'

// A fixed list of unknown addresses, plus, for every route the build has, an unknown slug in its place
// and an unknown child below one of its real pages: new routes are covered the day they land.
const derived = patterns.flatMap((pattern) => {
  const example = isDynamic(pattern) ? prerendered.find((route) => route.pattern === pattern)?.path : pattern
  // A route with no page in this dataset (a second page of news) must still refuse made-up values.
  if (!example) return [pattern.replace(/\[[^\]]+\]/g, unknown)]
  const child = `${example.replace(/\/$/, '')}/${unknown}`
  if (!isDynamic(pattern)) return [child]
  const segments = example.split('/')
  const lastDynamic = pattern.split('/').findLastIndex((segment) => segment.startsWith('['))
  segments[lastDynamic] = unknown
  return [child, segments.join('/')]
})
const unknownPaths = [
  ...new Set([
    `/${unknown}`,
    `/nyheter/${unknown}`,
    `/evenemang/${unknown}`,
    '/evenemang/x/y',
    `/talare/${unknown}`,
    `/organisationer/${unknown}`,
    ...derived,
  ]),
]

describe('unknown addresses', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
    console.log(`e2e 404: ${unknownPaths.length} unknown addresses checked`)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(unknownPaths)('%s answers 404 with the Swedish 404 page', async (path) => {
    const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      h1: Array.from(document.querySelectorAll('h1'), (h) => (h.textContent ?? '').trim()),
      linksHome: Array.from(document.querySelectorAll('main a[href]')).some(
        (a) => a.getAttribute('href') === '/',
      ),
    }))
    expect({ status: response?.status(), ...facts }).toEqual({
      status: 404,
      lang: 'sv',
      title: expect.stringContaining('Sidan finns inte'),
      h1: ['Sidan finns inte'],
      linksHome: true,
    })
  })
})
