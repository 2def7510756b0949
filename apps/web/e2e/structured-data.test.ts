import { e2eContext } from './support/crawl-result'
import { structuredDataOf, type LdThing } from './support/structured-data'

const { baseUrl, crawl } = e2eContext()

// What each kind of page tells search engines. The bundled seminar's day is unknown (only its year),
// so its page has no Event: Google requires a start date (the unit tests cover an event with one, and
// the hosted suite a published one).
const expectedTypes: Record<string, string[]> = {
  '/': ['WebSite', 'Organization'],
  '/om-foreningen': ['Organization', 'BreadcrumbList'],
  '/evenemang/[slug]': ['BreadcrumbList'],
  '/evenemang/[slug]/[talk]': ['BreadcrumbList'],
  '/talare/[slug]': ['Person', 'BreadcrumbList'],
  '/organisationer/[slug]': ['Organization', 'BreadcrumbList'],
  '/nyheter/[slug]': ['NewsArticle', 'BreadcrumbList'],
  '/[slug]': ['BreadcrumbList'],
}

/** One page the crawl reached of each route, as served. */
const pagePerRoute = new Map<string, { path: string; canonical: string | null }>()
for (const page of crawl.pages) {
  if (page.status === 200 && page.isHtml && page.route && page.path === page.finalPath)
    if (!pagePerRoute.has(page.route)) pagePerRoute.set(page.route, page)
}

describe('structured data (JSON-LD) on every kind of page', () => {
  it.each([...pagePerRoute])('%s (%s)', async (route, { path, canonical }) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text()
    const blocks = structuredDataOf(html)
    const expected = expectedTypes[route] ?? []

    expect(blocks).toHaveLength(expected.length > 0 ? 1 : 0)
    const things: LdThing[] = blocks[0]?.['@graph'] ?? []
    expect(things.map((thing) => thing['@type'])).toEqual(expected)
    for (const thing of things) expect(JSON.stringify(thing)).not.toContain('undefined')

    const breadcrumbs = things.find((thing) => thing['@type'] === 'BreadcrumbList')
    if (breadcrumbs) {
      const items = breadcrumbs.itemListElement as { position: number; name: string; item: string }[]
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1))
      expect(items.at(-1)?.item).toBe(canonical)
      for (const item of items) expect(item.name).not.toBe('')
    }
  })

  it('has every page kind that carries structured data among the pages reached', () => {
    expect(Object.keys(expectedTypes).filter((route) => !pagePerRoute.has(route))).toEqual([])
  })
})
