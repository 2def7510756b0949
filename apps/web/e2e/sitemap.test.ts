import type { Browser, Page } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'

const { baseUrl, crawl } = e2eContext()

interface ParsedSitemap {
  parseError: string | null
  root: string | null
  namespace: string | null
  urls: { loc: string; lastmod: string | null }[]
}

/** The document parsed by Chromium's own XML parser, not by string matching. */
function parseSitemap(page: Page, xml: string): Promise<ParsedSitemap> {
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml')
    const error = document.querySelector('parsererror')
    const root = document.documentElement
    return {
      parseError: error ? error.textContent : null,
      root: root.localName,
      namespace: root.namespaceURI,
      urls: [...root.children]
        .filter((child) => child.localName === 'url')
        .map((url) => ({
          loc: url.querySelector('loc')?.textContent ?? '',
          lastmod: url.querySelector('lastmod')?.textContent ?? null,
        })),
    }
  }, xml)
}

describe('sitemap and robots', () => {
  let browser: Browser
  let sitemap: ParsedSitemap
  // The origin the site was built for (SITE_URL): the one every page's canonical link names.
  const siteOrigin = new URL(crawl.pages.find((page) => page.canonical)?.canonical ?? '').origin

  beforeAll(async () => {
    browser = await launchChromium()
    const response = await fetch(`${baseUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
    const page = await browser.newPage()
    sitemap = await parseSitemap(page, await response.text())
  })

  afterAll(() => browser?.close())

  it('is a well-formed sitemap of absolute URLs on the site, with W3C dates', () => {
    expect(sitemap.parseError).toBeNull()
    expect([sitemap.root, sitemap.namespace]).toEqual([
      'urlset',
      'http://www.sitemaps.org/schemas/sitemap/0.9',
    ])
    for (const { loc, lastmod } of sitemap.urls) {
      expect(new URL(loc).origin).toBe(siteOrigin)
      if (lastmod !== null)
        expect(lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/)
    }
    console.log(
      `e2e sitemap: ${sitemap.urls.length} URLs, ${sitemap.urls.filter((url) => url.lastmod).length} dated`,
    )
  })

  it('lists every page the crawl finds, and nothing else', () => {
    const found = crawl.pages
      .filter((page) => page.status === 200 && page.isHtml && page.finalPath === page.path)
      .map((page) => decodeURIComponent(new URL(page.path, baseUrl).pathname))
    const listed = sitemap.urls.map(({ loc }) => decodeURIComponent(new URL(loc).pathname))

    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual([...new Set(found)].sort())
  })

  it('robots.txt lets every page be crawled but the API, and names the sitemap', async () => {
    const response = await fetch(`${baseUrl}/robots.txt`)
    const lines = (await response.text()).split('\n').map((line) => line.trim())

    expect(response.status).toBe(200)
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-Agent: *',
        'Allow: /',
        'Disallow: /api/',
        `Sitemap: ${siteOrigin}/sitemap.xml`,
      ]),
    )
  })
})
