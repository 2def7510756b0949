import type { ArticleSummary } from '@bergslaget/content'

import { readFeed } from '@/testing/read-feed'

import { newsFeed } from './news-feed'
import { newsFeedArticles } from './news-feed-response'

const site = 'http://localhost:3000'
const reportPath = '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const reportId = 'tag:localhost,2026:article-tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
// RFC 822 as RSS 2.0 dates are written, with a four-digit year.
const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/
const hostileTitle = `Forskning & utveckling: "<Bergslagen>" & 'industrin' <b>nu</b> ]]> &amp; ]]> igen`

/** The bundled dataset's articles (one seminar report, dated by its year only). */
let bundled: ArticleSummary[]
beforeAll(async () => {
  bundled = await newsFeedArticles(null)
})

const news = (fields: Partial<ArticleSummary> & { _id: string; slug: string }): ArticleSummary => ({
  title: 'Ny nyhet',
  kind: 'news',
  publishedAt: '2026-05-12T08:30:00Z',
  publishedYear: null,
  excerpt: null,
  ...fields,
})

/** A news item of May 2026, then the bundled report of 2022, as the archive lists them. */
const withNews = () => [
  news({
    _id: 'article-vatgas',
    slug: 'vatgas',
    title: 'Vätgas i Bergslagen',
    excerpt: 'Om <vätgas> & stål.',
  }),
  ...bundled,
]

test('RSS: a well-formed RSS 2.0 channel in Swedish, dated by its newest item, each item linking to its page', () => {
  const feed = readFeed(newsFeed(withNews(), null, 'rss'))

  expect(feed).toMatchObject({
    parseError: null,
    root: 'rss',
    namespace: null,
    version: '2.0',
    title: 'Nyheter och seminarierapporter – Intresseföreningen Bergslaget',
    description: 'Nyheter och seminarierapporter från Intresseföreningen Bergslaget.',
    language: 'sv',
    link: `${site}/nyheter`,
    self: { href: `${site}/nyheter/rss.xml`, type: 'application/rss+xml' },
    updated: 'Tue, 12 May 2026 08:30:00 GMT',
  })
  expect(feed.items).toEqual([
    {
      title: 'Vätgas i Bergslagen',
      link: `${site}/nyheter/vatgas`,
      id: 'tag:localhost,2026:article-vatgas',
      isPermaLink: 'false',
      date: 'Tue, 12 May 2026 08:30:00 GMT',
      summary: 'Om <vätgas> & stål.',
    },
    {
      title: 'Tillsammans för en hållbar och innovativ industri i Bergslagen',
      link: `${site}${reportPath}`,
      id: reportId,
      isPermaLink: 'false',
      // Known by its year only: midnight on New Year's Day in Sweden.
      date: 'Fri, 31 Dec 2021 23:00:00 GMT',
      summary: expect.stringMatching(/^I anslutning till årsmötet på Dalarna Science Park/),
    },
  ])
  for (const item of feed.items) expect(item.date).toMatch(rfc822)
})

test('Atom: a well-formed Atom 1.0 feed with its id, self link and date, each entry with id, link and date', () => {
  const feed = readFeed(newsFeed(withNews(), null, 'atom'))

  expect(feed).toMatchObject({
    parseError: null,
    root: 'feed',
    namespace: 'http://www.w3.org/2005/Atom',
    id: `${site}/nyheter`,
    title: 'Nyheter och seminarierapporter – Intresseföreningen Bergslaget',
    description: 'Nyheter och seminarierapporter från Intresseföreningen Bergslaget.',
    language: 'sv',
    author: 'Intresseföreningen Bergslaget',
    link: `${site}/nyheter`,
    self: { href: `${site}/nyheter/atom.xml`, type: null },
    updated: '2026-05-12T08:30:00.000Z',
  })
  expect(feed.items.map(({ title, link, id, date }) => ({ title, link, id, date }))).toEqual([
    {
      title: 'Vätgas i Bergslagen',
      link: `${site}/nyheter/vatgas`,
      id: 'tag:localhost,2026:article-vatgas',
      date: '2026-05-12T08:30:00.000Z',
    },
    {
      title: 'Tillsammans för en hållbar och innovativ industri i Bergslagen',
      link: `${site}${reportPath}`,
      id: reportId,
      date: '2021-12-31T23:00:00.000Z',
    },
  ])
  expect(feed.items[0]?.summary).toBe('Om <vätgas> & stål.')
})

test("a kind's feed is named by the kind's plural and links to the kind's list and feeds", async () => {
  const reports = readFeed(newsFeed(await newsFeedArticles('seminarReport'), 'seminarReport', 'rss'))
  const emptyNews = readFeed(newsFeed(await newsFeedArticles('news'), 'news', 'atom'))

  expect(reports).toMatchObject({
    title: 'Seminarierapporter – Intresseföreningen Bergslaget',
    description: 'Seminarierapporter från Intresseföreningen Bergslaget.',
    link: `${site}/nyheter/typ/seminarierapport`,
    self: { href: `${site}/nyheter/typ/seminarierapport/rss.xml` },
    updated: 'Fri, 31 Dec 2021 23:00:00 GMT',
  })
  expect(reports.items.map(({ link }) => link)).toEqual([`${site}${reportPath}`])
  // Nothing published of the kind: still a valid feed, which Atom requires to have a date.
  expect(emptyNews).toMatchObject({
    parseError: null,
    id: `${site}/nyheter/typ/nyhet`,
    title: 'Nyheter – Intresseföreningen Bergslaget',
    self: { href: `${site}/nyheter/typ/nyhet/atom.xml` },
    items: [],
  })
  expect(Date.parse(emptyNews.updated ?? '')).not.toBeNaN()
})

test.each(['rss', 'atom'] as const)(
  '%s: titles and excerpts with markup, ampersands, quotes and control characters reach the reader as written',
  (format) => {
    const article = news({
      _id: 'article-hostile',
      slug: 'hostile',
      // A vertical tab (a line break pasted from Word) and a form feed, which XML cannot hold.
      title: `${hostileTitle}\u000b\u000c`,
      excerpt: hostileTitle,
    })
    const feed = readFeed(newsFeed([article], null, format))

    expect(feed.parseError).toBeNull()
    expect(feed.items).toHaveLength(1)
    // Each `]]>` reads with a zero-width space in it, which no reader shows.
    const shown = (text: string | null | undefined) => text?.replaceAll('\u200B', '')
    expect(shown(feed.items[0]?.title)).toBe(hostileTitle)
    expect(shown(feed.items[0]?.summary)).toBe(hostileTitle)
  },
)

test('an entry keeps its id when its article is renamed, so readers do not show it again as new', () => {
  const before = readFeed(newsFeed([news({ _id: 'article-a', slug: 'forst' })], null, 'atom'))
  const after = readFeed(newsFeed([news({ _id: 'article-a', slug: 'sedan' })], null, 'atom'))

  expect(after.items[0]?.link).toBe(`${site}/nyheter/sedan`)
  expect(after.items[0]?.id).toBe(before.items[0]?.id)
})
