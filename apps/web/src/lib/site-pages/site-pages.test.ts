import type { ContentResult } from '@bergslaget/content'

import { publishedContent } from '@/lib/content'

import { sitePageAt, sitePages } from './site-pages'

type SitePagesContent = ContentResult<'listSitePages'>
type Target = SitePagesContent['documents'][number]['target']

let bundled: SitePagesContent
let report: { _updatedAt: string | null; target: Extract<Target, { _type: 'article' }> }
beforeAll(async () => {
  bundled = await publishedContent.listSitePages()
  for (const { _updatedAt, target } of bundled.documents) {
    if (target._type === 'article') report = { _updatedAt, target }
  }
})

/** The bundled content with `count` more news articles, the newest changed at `newestChange`. */
function withNews(count: number, newestChange: string): SitePagesContent {
  const news = Array.from({ length: count }, (_, index) => ({
    _updatedAt: index === 0 ? newestChange : '2020-01-01T00:00:00Z',
    target: { ...report.target, _id: `news-${index}`, slug: `nyhet-${index}`, kind: 'news' as const },
  }))
  return { ...bundled, documents: [...bundled.documents, ...news] }
}

const byPath = (content: SitePagesContent) =>
  new Map(sitePages(content).map(({ path, lastModified }) => [path, lastModified]))

test('lists each page once: home, association, section lists, every archive page, each document', () => {
  const pages = sitePages(bundled).map(({ path }) => path)

  expect(new Set(pages).size).toBe(pages.length)
  expect(pages.slice(0, 2)).toEqual(['/', '/om-foreningen'])
  expect(pages).toEqual(
    expect.arrayContaining([
      '/evenemang',
      '/talare',
      '/organisationer',
      '/nyheter',
      '/nyheter/typ/nyhet',
      '/nyheter/typ/seminarierapport',
      '/talare/jan-bohman',
      '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
    ]),
  )
  expect(pages).toHaveLength(2 + 4 + 2 + bundled.documents.length)
})

test("the archive's later pages are listed as the archive paginates, dated by their kind's newest", () => {
  const pages = byPath(withNews(12, '2026-11-29T08:00:00Z'))

  expect(pages.get('/nyheter/sida/2')).toBe('2026-11-29T08:00:00Z')
  expect(pages.get('/nyheter/typ/nyhet/sida/2')).toBe('2026-11-29T08:00:00Z')
  expect(pages.has('/nyheter/sida/3')).toBe(false)
  expect(pages.has('/nyheter/typ/seminarierapport/sida/2')).toBe(false)
  expect(pages.get('/nyheter/typ/seminarierapport')).toBe(report._updatedAt)
  expect(pages.get('/')).toBe('2026-11-29T08:00:00Z')
})

test('a kind with nothing published keeps its (empty) page, undated; so does a document without a date', () => {
  const undated = { ...bundled, documents: bundled.documents.map((page) => ({ ...page, _updatedAt: null })) }
  const pages = byPath(undated)

  expect(byPath(bundled).get('/nyheter/typ/nyhet')).toBeUndefined()
  expect(pages.has('/nyheter/typ/nyhet')).toBe(true)
  expect(pages.get('/talare/jan-bohman')).toBeUndefined()
  expect(pages.has('/talare/jan-bohman')).toBe(true)
  expect(pages.get('/')).toBe(bundled.association)
})

test('finds the page at a path, indexing each read result once', () => {
  const speaker = sitePageAt(bundled, '/talare/jan-bohman')
  expect(speaker).toMatchObject({ path: '/talare/jan-bohman', title: 'Jan Bohman', label: 'Talare' })
  expect(sitePageAt(bundled, '/talare/jan-bohman')).toBe(speaker)
  expect(sitePageAt(bundled, '/talare/finns-inte')).toBeUndefined()
  // Another result (a publish since) is indexed anew.
  expect(sitePageAt(withNews(1, '2030-01-01T00:00:00Z'), '/nyheter/nyhet-0')).toMatchObject({
    label: 'Nyhet',
  })
})
