import type { ContentResult } from '@bergslaget/content'

import { publishedContent } from '@/lib/content'
import { perPage } from '@/lib/pagination/list-pages'

import { sitePageAt, sitePages } from './site-pages'

type SitePagesContent = ContentResult<'listSitePages'>
type Target = SitePagesContent['documents'][number]['target']

let bundled: SitePagesContent
type Document<Type extends Target['_type']> = SitePagesContent['documents'][number] & {
  target: Extract<Target, { _type: Type }>
}
let report: Document<'article'>
let speaker: Document<'speaker'>
let event: Document<'event'>
beforeAll(async () => {
  bundled = await publishedContent.listSitePages()
  const find = <Type extends Target['_type']>(type: Type) => {
    const found = bundled.documents.find(
      (document): document is Document<Type> => document.target._type === type,
    )
    if (!found) throw new Error(`the bundled dataset has no ${type}`)
    return found
  }
  report = find('article')
  speaker = find('speaker')
  event = find('event')
})

/** The bundled content with `count` more news articles, the newest changed at `newestChange`. */
function withNews(count: number, newestChange: string): SitePagesContent {
  const news = Array.from({ length: count }, (_, index) => ({
    _updatedAt: index === 0 ? newestChange : '2020-01-01T00:00:00Z',
    target: { ...report.target, _id: `news-${index}`, slug: `nyhet-${index}`, kind: 'news' as const },
    endKey: null,
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
  const content = withNews(12, '2026-11-29T08:00:00Z')
  const pages = byPath(content)

  expect(pages.get('/nyheter/sida/2')).toBe('2026-11-29T08:00:00Z')
  expect(pages.get('/nyheter/typ/nyhet/sida/2')).toBe('2026-11-29T08:00:00Z')
  expect(pages.has('/nyheter/sida/3')).toBe(false)
  expect(pages.has('/nyheter/typ/seminarierapport/sida/2')).toBe(false)
  expect(pages.get('/nyheter/typ/seminarierapport')).toBe(report._updatedAt)
  // The home page is dated by the newest of all (the bundled pages editors own are newer still).
  const newest = content.documents.map(({ _updatedAt }) => _updatedAt ?? '').sort()
  expect(pages.get('/')).toBe(newest.at(-1))
})

test('the later pages of the speakers and events lists are listed as the lists paginate them', () => {
  const now = new Date('2030-06-01T00:00:00.000Z')
  const copies = <T extends { target: { _id: string; slug: string } }>(
    document: T,
    count: number,
    more = {},
  ) =>
    Array.from({ length: count }, (_, index) => ({
      ...document,
      target: { ...document.target, _id: `copy-${index}`, slug: `kopia-${index}` },
      ...more,
    }))
  const many = {
    ...bundled,
    documents: [
      ...bundled.documents,
      ...copies(speaker, perPage.speaker * 2),
      // 2 pages of past events with the bundled one; the upcoming ones are all on page 1.
      ...copies(event, perPage.event, { endKey: '2029-99' }),
      ...copies(event, perPage.event, { endKey: '2030-99' }),
    ],
  }
  const pages = sitePages(many, now)
  const titled = (path: string) => pages.find((page) => page.path === path)?.title

  expect(titled('/talare/sida/2')).toBe('Talare, sida 2')
  expect(titled('/talare/sida/3')).toBe('Talare, sida 3')
  expect(titled('/talare/sida/4')).toBeUndefined()
  expect(titled('/evenemang/sida/2')).toBe('Evenemang, sida 2')
  expect(titled('/evenemang/sida/3')).toBeUndefined()
  expect(titled('/organisationer/sida/2')).toBeUndefined()
  // A year later every event is past, and the list has a page more.
  expect(sitePages(many, new Date('2031-06-01T00:00:00.000Z')).map(({ path }) => path)).toContain(
    '/evenemang/sida/3',
  )
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
