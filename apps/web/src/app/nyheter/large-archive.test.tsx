import { rmSync } from 'node:fs'
import { dirname } from 'node:path'

import {
  generateDocuments,
  writeGeneratedDataset,
  type DatasetSize,
} from '@bergslaget/content/testing/generated-dataset'
import { screen, within } from '@testing-library/react'
import type * as Renderer from '@testing-library/react/pure'
import type { ReactNode } from 'react'

import type * as NewsFeeds from '@/lib/feeds/news-feed-response'
import { perPage } from '@/lib/pagination/list-pages'
import { importOnDataset } from '@/testing/import-on-dataset'

// The news archive and its feeds on a generated dataset of more articles than a feed holds, read
// through the embedded source as the site reads them (the order read, then a page's summaries by id):
// each page shows its share of the archive in order, and each feed the newest of its list.

jest.setTimeout(60_000)

const size: DatasetSize = { events: 3, talks: 0, speakers: 5, organisations: 5, articles: 130 }
const documents = generateDocuments(size)
const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1)

/**
 * The archive's order, worked out from the documents without the site's code: every generated article
 * is known by its year only, so newest year first, then by id.
 */
const archive = documents
  .filter((document) => document._type === 'article')
  .sort((a, b) => Number(b.publishedYear) - Number(a.publishedYear) || byId(a, b))
const titlesOf = (kind?: string) =>
  archive.filter((article) => !kind || article.kind === kind).map((article) => String(article.title))

type Params<Segments> = { params: Promise<Segments> }

let datasetFile: string
let site: {
  renderer: typeof Renderer
  laterPage: (props: Params<{ page: string }>) => Promise<ReactNode>
  laterKindPage: (props: Params<{ kind: string; page: string }>) => Promise<ReactNode>
  newsFeedArticles: typeof NewsFeeds.newsFeedArticles
  newsFeedSize: number
}

beforeAll(async () => {
  datasetFile = await writeGeneratedDataset(size)
  site = await importOnDataset(datasetFile, async () => {
    const feeds = await import('@/lib/feeds/news-feed-response')
    return {
      renderer: await import('@testing-library/react/pure'),
      laterPage: (await import('./sida/[page]/page')).default,
      laterKindPage: (await import('./typ/[kind]/sida/[page]/page')).default,
      newsFeedArticles: feeds.newsFeedArticles,
      newsFeedSize: feeds.newsFeedSize,
    }
  })
})

afterEach(() => site.renderer.cleanup())
afterAll(() => rmSync(dirname(datasetFile), { recursive: true, force: true }))

/** The titles of the articles the rendered page lists, in order. */
const shownTitles = () =>
  within(screen.getByRole('region', { name: /sida/ }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

test('a later page of the archive lists its share of every article, newest first, ties by id', async () => {
  site.renderer.render(await site.laterPage({ params: Promise.resolve({ page: '3' }) }))

  const all = titlesOf()
  expect(shownTitles()).toEqual(all.slice(2 * perPage.article, 3 * perPage.article))
  expect(screen.getByText(`Visar 21–30 av ${all.length}`)).toBeInTheDocument()
})

test('a later page of a kind lists its share of that kind only', async () => {
  site.renderer.render(await site.laterKindPage({ params: Promise.resolve({ kind: 'nyhet', page: '2' }) }))

  expect(shownTitles()).toEqual(titlesOf('news').slice(perPage.article, 2 * perPage.article))
})

test('a feed holds the newest articles of its list, as many as a feed holds', async () => {
  for (const kind of [null, 'news', 'seminarReport'] as const) {
    const expected = titlesOf(kind ?? undefined)
    // The generated dataset has more of each kind than a feed holds, so the limit is at work.
    expect(expected.length).toBeGreaterThan(site.newsFeedSize)
    const articles = await site.newsFeedArticles(kind)
    expect(articles.map(({ title }) => title)).toEqual(expected.slice(0, site.newsFeedSize))
  }
  expect(site.newsFeedSize).toBe(50)
})
