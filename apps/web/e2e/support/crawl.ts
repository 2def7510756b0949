import type { Browser, Page } from 'playwright-core'

import type { CheckedLink, CrawlResult, VisitedPage } from './crawl-result'
import { matchRoute } from './page-types.mjs'

// A runaway (a pagination link that never ends) stops the crawl instead of the CI job's clock.
const maxPages = 5_000

const pathOf = (url: URL) => `${url.pathname}${url.search}`

// Files (slides, PDFs) are checked by status only; a browser would download them instead of rendering.
const looksLikeFile = (pathname: string) => /\.[a-z0-9]{1,5}$/i.test(pathname) && !/\.html?$/i.test(pathname)

type PageFacts = Pick<
  VisitedPage,
  'lang' | 'title' | 'h1' | 'canonical' | 'headingLevels' | 'ids' | 'navLinks' | 'footerLinks'
> & { hrefs: string[] }

function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    title: document.title,
    h1: Array.from(document.querySelectorAll('h1'), (h) => (h.textContent ?? '').trim()),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    headingLevels: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) =>
      Number(h.tagName[1]),
    ),
    ids: Array.from(document.querySelectorAll('[id]'), (element) => element.id),
    hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
    navLinks: Array.from(document.querySelectorAll('header nav a[href]'), (a) => ({
      text: (a.textContent ?? '').trim(),
      href: a.getAttribute('href') ?? '',
    })),
    footerLinks: Array.from(document.querySelectorAll('footer nav a[href]'), (a) => ({
      text: (a.textContent ?? '').trim(),
      href: a.getAttribute('href') ?? '',
    })),
  }))
}

/**
 * Breadth-first from the start page through every same-origin link, in a real browser: records each
 * page's status and what the page-level checks need, and every link with its target.
 */
export async function crawlSite(
  browser: Browser,
  baseUrl: string,
  routePatterns: readonly string[],
): Promise<CrawlResult> {
  const started = Date.now()
  const origin = new URL(baseUrl).origin
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)

  let current: VisitedPage | null = null
  const sameOrigin = (url: string) => url.startsWith(`${origin}/`)
  // The router's RSC requests (`?_rsc=`) fetch linked pages; their targets are checked as links.
  const isRouterFetch = (url: string) => new URL(url).searchParams.has('_rsc')
  const describeRequest = (url: string) => (sameOrigin(url) ? pathOf(new URL(url)) : url)
  page.on('response', (response) => {
    const request = response.request()
    if (!current || response.status() < 400 || isRouterFetch(response.url())) return
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return
    current.failedRequests.push(`${response.status()} ${describeRequest(response.url())}`)
  })
  page.on('requestfailed', (request) => {
    // Requests still running when the crawl moves on are aborted; that is not a failure of the page.
    // Any other failure counts, also of another origin: offline, a page must not need one.
    const failure = request.failure()?.errorText ?? 'failed'
    if (!current || failure === 'net::ERR_ABORTED' || isRouterFetch(request.url())) return
    current.failedRequests.push(`${failure} ${describeRequest(request.url())}`)
  })
  page.on('pageerror', (error) => current?.errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    // Chromium's "Failed to load resource" lines repeat what the request listeners record.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      current?.errors.push(`console: ${message.text()}`)
    }
  })

  const queue: string[] = ['/']
  const seen = new Set(queue)
  const pages: VisitedPage[] = []
  const links: CheckedLink[] = []
  const externalLinks = new Set<string>()
  const otherLinks = new Set<string>()

  while (queue.length > 0) {
    if (pages.length >= maxPages)
      throw new Error(`Crawl stopped after ${maxPages} pages; is a link generating paths?`)
    const path = queue.shift() as string
    const url = new URL(path, origin)
    const record: VisitedPage = {
      path,
      status: 0,
      error: null,
      finalPath: path,
      contentType: '',
      isHtml: false,
      route: matchRoute(url.pathname, routePatterns),
      lang: null,
      title: '',
      h1: [],
      canonical: null,
      headingLevels: [],
      ids: [],
      navLinks: [],
      footerLinks: [],
      failedRequests: [],
      errors: [],
    }
    pages.push(record)
    current = record
    let hrefs: string[] = []
    try {
      if (looksLikeFile(url.pathname)) {
        const response = await context.request.get(url.href)
        record.status = response.status()
        record.contentType = response.headers()['content-type'] ?? ''
        record.finalPath = pathOf(new URL(response.url()))
      } else {
        const response = await page.goto(url.href, { waitUntil: 'load' })
        record.status = response?.status() ?? 0
        record.contentType = (await response?.headerValue('content-type')) ?? ''
        record.finalPath = pathOf(new URL(page.url()))
        record.isHtml = record.contentType.includes('text/html')
        // An error page's own links (the header, the 404 page's way on) are not links of the site.
        if (record.isHtml && record.status === 200) {
          const { hrefs: found, ...facts } = await readFacts(page)
          Object.assign(record, facts)
          hrefs = found
        }
      }
    } catch (error) {
      record.error = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
    }
    current = null

    const pageUrl = new URL(record.finalPath, origin)
    for (const href of hrefs) {
      let target: URL
      try {
        target = new URL(href, pageUrl)
      } catch {
        links.push({ from: path, href, target: `(invalid) ${href}`, fragment: null })
        continue
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        otherLinks.add(href)
        continue
      }
      if (target.origin !== origin) {
        externalLinks.add(target.href)
        continue
      }
      const targetPath = pathOf(target)
      const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : null
      links.push({ from: path, href, target: targetPath, fragment })
      if (!seen.has(targetPath)) {
        seen.add(targetPath)
        queue.push(targetPath)
      }
    }
  }

  await context.close()
  return {
    baseUrl,
    durationMs: Date.now() - started,
    pages,
    links,
    externalLinks: [...externalLinks].sort(),
    otherLinks: [...otherLinks].sort(),
  }
}
