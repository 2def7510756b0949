import type { ArticleSummary } from '@bergslaget/content'
import { render, screen, within } from '@testing-library/react'

import { expectNotFound } from '@/testing/next-navigation'

import { generateMetadata } from './sida/[page]/page'
import NewsPageRoute, { generateStaticParams as laterPageParams } from './sida/[page]/page'
import { generateStaticParams as laterKindPageParams } from './typ/[kind]/sida/[page]/page'
import NewsKindPageRoute from './typ/[kind]/sida/[page]/page'

// The bundled dataset has one article; an archive of 23 (11 reports, 12 news items) shows the pages at work.
const articles: ArticleSummary[] = Array.from({ length: 23 }, (_, index) => ({
  _id: `article-${index + 1}`,
  title: `Artikel ${index + 1}`,
  slug: `artikel-${index + 1}`,
  kind: index % 2 === 0 && index < 22 ? 'seminarReport' : 'news',
  publishedAt: null,
  publishedYear: 2030 - index,
  excerpt: null,
}))

// The articles stand for their own order entries; a page reads them by id.
jest.mock('@/lib/content', () => {
  const listArticleOrder = async () => articles
  const getArticlesPage = async (ids: string[]) => ids.map((id) => articles.find(({ _id }) => _id === id))
  const reads = { listArticleOrder, getArticlesPage }
  return { content: reads, publishedContent: reads }
})

const titles = () =>
  within(screen.getByRole('region', { name: /sida/ }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

test('later pages of each list are prerendered', async () => {
  expect(await laterPageParams()).toEqual([{ page: '2' }, { page: '3' }])
  expect(await laterKindPageParams()).toEqual([
    { kind: 'nyhet', page: '2' },
    { kind: 'seminarierapport', page: '2' },
  ])
})

test('page 2 of 3 lists items 11–20 and links to its neighbours', async () => {
  render(await NewsPageRoute({ params: Promise.resolve({ page: '2' }) }))

  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Alla nyheter och rapporter, sida 2')
  expect(titles()).toEqual(articles.slice(10, 20).map((article) => article.title))
  expect(screen.getByText('Visar 11–20 av 23')).toBeInTheDocument()
  const nav = screen.getByRole('navigation', { name: 'Sidnumrering' })
  expect(within(nav).getByRole('link', { name: 'Föregående sida' })).toHaveAttribute('href', '/nyheter')
  expect(within(nav).getByRole('link', { name: 'Nästa sida' })).toHaveAttribute('href', '/nyheter/sida/3')
  expect(within(nav).getByRole('link', { name: 'Sida 2' })).toHaveAttribute('aria-current', 'page')
  // On a later page the filter's "Alla" leads to page 1, so it is the current choice, not the page.
  const filter = screen.getByRole('navigation', { name: 'Filtrera efter typ' })
  expect(within(filter).getByRole('link', { name: 'Alla' })).toHaveAttribute('aria-current', 'true')
})

test('the last page of a kind keeps the kind in its links', async () => {
  render(await NewsKindPageRoute({ params: Promise.resolve({ kind: 'nyhet', page: '2' }) }))

  expect(titles()).toEqual(['Artikel 22', 'Artikel 23'])
  const nav = screen.getByRole('navigation', { name: 'Sidnumrering' })
  expect(within(nav).getByRole('link', { name: 'Föregående sida' })).toHaveAttribute(
    'href',
    '/nyheter/typ/nyhet',
  )
  expect(within(nav).queryByRole('link', { name: 'Nästa sida' })).toBeNull()
})

test('a page past the end is a 404; a page has its own title and canonical address', async () => {
  await expectNotFound(NewsPageRoute({ params: Promise.resolve({ page: '4' }) }))
  const metadata = await generateMetadata({ params: Promise.resolve({ page: '3' }) })
  expect(metadata.title).toBe('Alla nyheter och rapporter, sida 3')
  expect(metadata.alternates?.canonical).toMatch(/\/nyheter\/sida\/3$/)
})
