import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { builtSegmentValue, isDynamic, readBuildRoutes } from './support/page-types.mjs'

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
// Malformed percent-escapes: a byte that is not UTF-8, a lone `%`, a non-hex escape, a cut-off UTF-8
// sequence. Next.js answered these with a bare 500 in a dynamic segment until src/proxy.ts. Each dynamic
// segment of every route gets each of them; the other dynamic segments get values the build has.
const malformedSegments = ['%ff', '%', 'jan%zzbohman', '%E2%82']
const malformed = patterns.filter(isDynamic).flatMap((pattern) => {
  const parts = pattern.split('/')
  return parts.flatMap((part, index) =>
    part.startsWith('[')
      ? malformedSegments.map((bad) =>
          parts
            .map((other, i) =>
              i === index
                ? bad
                : other.startsWith('[')
                  ? (builtSegmentValue(parts, i, prerendered) ?? unknown)
                  : other,
            )
            .join('/'),
        )
      : [],
  )
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
    '/%ff',
    '/%',
    '/talare/%ff',
    '/nyheter/%',
    '/evenemang/x/%ff',
    '/nyheter/sida/%ff',
    '/talare/jan%zzbohman',
    ...malformed,
  ]),
]

const notFoundFacts = () => ({
  lang: document.documentElement.getAttribute('lang'),
  title: document.title,
  h1: Array.from(document.querySelectorAll('h1'), (h) => (h.textContent ?? '').trim()),
  linksHome: Array.from(document.querySelectorAll('main a[href]')).some(
    (a) => a.getAttribute('href') === '/',
  ),
})
const swedishNotFound = {
  status: 404,
  lang: 'sv',
  title: expect.stringContaining('Sidan finns inte'),
  h1: ['Sidan finns inte'],
  linksHome: true,
}

describe('unknown addresses', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    // Without scripts, the page is what the server sent: Next.js 16.4.6 sends an empty document for a
    // page that calls notFound(), which server.mjs answers with the whole 404 page.
    page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    console.log(`e2e 404: ${unknownPaths.length} unknown addresses checked`)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(unknownPaths)('%s answers 404 with the Swedish 404 page, as the server sends it', async (path) => {
    const response = await page.goto(`${baseUrl}${path}`)
    expect({ status: response?.status(), ...(await page.evaluate(notFoundFacts)) }).toEqual(swedishNotFound)
  })

  it('none of those 404s was written to disk: made-up addresses cannot fill it (cache-handler.mjs)', () => {
    const routeCache = join(webRoot, '.next', 'server', 'route-cache')
    const stored = existsSync(routeCache) ? readdirSync(routeCache, { recursive: true }).map(String) : []
    expect(stored.filter((file) => file.includes(unknown))).toEqual([])
  })

  it('the 404 page stays itself once its scripts have run, without an error', async () => {
    const scripted = await browser.newPage()
    const errors: string[] = []
    scripted.on('pageerror', (error) => errors.push(String(error)))
    for (const path of [`/talare/${unknown}`, `/nyheter/sida/${unknown}`, `/a/b/c/d/${unknown}`]) {
      const response = await scripted.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      expect({ status: response?.status(), ...(await scripted.evaluate(notFoundFacts)) }).toEqual(
        swedishNotFound,
      )
    }
    expect(errors).toEqual([])
  })
})

/**
 * Malformed escapes outside the pages: API routes, static files, image optimisation. Next answers a
 * missing static file with a plain-text 404; whatever the answer, it is never a 500.
 */
describe('malformed escapes in other addresses', () => {
  const addresses = [
    ['GET', '/api/revalidate%ff'],
    ['POST', '/api/revalidate%ff'],
    ['POST', '/api/revalidate/%ff'],
    ['GET', '/api/draft-mode/enable%ff'],
    ['GET', '/api/draft-mode/%ff/enable'],
    ['GET', '/_next/static/%ff'],
    ['GET', '/_next/static/chunks/%ff.js'],
    ['GET', '/_next/image/%ff'],
    ['GET', '/icon.svg%ff'],
  ]

  it.each(addresses)('%s %s answers 404', async (method, path) => {
    const response = await fetch(`${baseUrl}${path}`, { method, redirect: 'manual' })
    await response.arrayBuffer()
    expect(response.status).toBe(404)
  })

  it('the image optimiser is off: a malformed source answers 404 like any other', async () => {
    const answers = await Promise.all(
      ['%ff', '%2F%ff', encodeURIComponent('/delningsbild')].map(async (source) => {
        const response = await fetch(`${baseUrl}/_next/image?url=${source}&w=64&q=75`)
        await response.arrayBuffer()
        return response.status
      }),
    )
    expect(answers).toEqual([404, 404, 404])
  })
})
