import type { Browser, Page } from 'playwright-core'

import { readFeed, type ReadFeed } from '../src/testing/read-feed'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'

const { baseUrl, crawl } = e2eContext()

// The archive's lists and their later pages, as the crawl reached them (/nyheter/typ/nyhet/sida/2).
const archivePath = /^\/nyheter(\/typ\/[^/]+)?(\/sida\/\d+)?$/
const archivePages = crawl.pages.filter(
  (page) => page.status === 200 && page.isHtml && archivePath.test(page.path),
)
// The feeds beside the lists (/nyheter/rss.xml) fit the article route's pattern too: they are no pages.
const articlePaths = crawl.pages
  .filter(
    (page) =>
      page.status === 200 && page.isHtml && page.route === '/nyheter/[slug]' && page.finalPath === page.path,
  )
  .map((page) => page.path)
const contentTypes = { rss: 'application/rss+xml', atom: 'application/atom+xml' }

interface Announced {
  type: string | null
  title: string | null
  href: string | null
}

describe('news feeds', () => {
  let browser: Browser
  let page: Page
  // The origin the site was built for (SITE_URL): the one every page's canonical link names.
  const siteOrigin = new URL(crawl.pages.find((visited) => visited.canonical)?.canonical ?? '').origin
  /** A URL of the site, served by the server under test. */
  const served = (url: string) => {
    expect(new URL(url).origin).toBe(siteOrigin)
    return `${baseUrl}${new URL(url).pathname}`
  }
  /** The feeds a page's head announces, read by Chromium's HTML parser. */
  const announcedOn = async (path: string): Promise<Announced[]> =>
    page.evaluate(
      (html) =>
        Array.from(
          new DOMParser().parseFromString(html, 'text/html').querySelectorAll('head link[rel="alternate"]'),
          (link) => ({
            type: link.getAttribute('type'),
            title: link.getAttribute('title'),
            href: link.getAttribute('href'),
          }),
        ),
      await (await fetch(`${baseUrl}${path}`)).text(),
    )
  /** A feed as served, read by Chromium's XML parser, with its answer's status and content type. */
  const fetchFeed = async (url: string) => {
    const response = await fetch(served(url))
    const feed: ReadFeed = await page.evaluate(readFeed, await response.text())
    return { status: response.status, contentType: response.headers.get('content-type'), feed }
  }

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })

  afterAll(() => browser?.close())

  it('are announced on every page of the archive, RSS and Atom of the list the page is of', async () => {
    expect(archivePages.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/nyheter', '/nyheter/typ/nyhet', '/nyheter/typ/seminarierapport']),
    )
    for (const { path } of archivePages) {
      const list = path.replace(/\/sida\/\d+$/, '')
      const announced = await announcedOn(path)
      expect(announced.map(({ type, href }) => [type, href && new URL(href).pathname])).toEqual([
        [contentTypes.rss, `${list}/rss.xml`],
        [contentTypes.atom, `${list}/atom.xml`],
      ])
      for (const { href } of announced) expect(new URL(href ?? '').origin).toBe(siteOrigin)
    }
    console.log(`e2e feeds: announced on ${archivePages.length} pages of the archive`)
  })

  it('answer with a well-formed feed of their content type, each item leading to a page that answers 200', async () => {
    for (const { type, href, title } of await announcedOn('/nyheter')) {
      const { status, contentType, feed } = await fetchFeed(href ?? '')
      expect([status, contentType]).toEqual([200, `${type}; charset=utf-8`])
      expect(feed.parseError).toBeNull()
      expect(feed.root).toBe(type === contentTypes.atom ? 'feed' : 'rss')
      expect(feed.self?.href).toBe(href)
      expect(title).toBe(`Nyheter och seminarierapporter (${type === contentTypes.atom ? 'Atom' : 'RSS'})`)
      // The feed of all kinds lists every article the crawl found, and nothing else.
      const linked = feed.items.map((item) => new URL(item.link ?? '').pathname)
      expect([...linked].sort()).toEqual([...articlePaths].sort())
      for (const item of feed.items) {
        expect((await fetch(served(item.link ?? ''), { redirect: 'manual' })).status).toBe(200)
      }
    }
  })

  it("of each kind hold that kind's articles; a kind that does not exist has none", async () => {
    for (const kind of ['nyhet', 'seminarierapport']) {
      for (const [format, type] of Object.entries(contentTypes)) {
        const { status, contentType, feed } = await fetchFeed(
          `${siteOrigin}/nyheter/typ/${kind}/${format}.xml`,
        )
        expect([status, contentType, feed.parseError]).toEqual([200, `${type}; charset=utf-8`, null])
        expect(feed.link).toBe(`${siteOrigin}/nyheter/typ/${kind}`)
        for (const item of feed.items) expect(articlePaths).toContain(new URL(item.link ?? '').pathname)
      }
    }
    for (const format of Object.keys(contentTypes)) {
      expect((await fetch(`${baseUrl}/nyheter/typ/finns-inte/${format}.xml`)).status).toBe(404)
    }
  })
})
