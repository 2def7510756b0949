import { render, screen, within } from '@testing-library/react'

import { expectNotFound } from '@/testing/next-navigation'

import { newsArchiveMetadata } from './news-archive-route'
import NewsRoute, { metadata } from './page'
import NewsPageRoute, { generateStaticParams as laterPageParams } from './sida/[page]/page'
import NewsKindRoute, {
  generateMetadata as kindMetadata,
  generateStaticParams as kindParams,
} from './typ/[kind]/page'
import NewsKindPageRoute, { generateStaticParams as laterKindPageParams } from './typ/[kind]/sida/[page]/page'

const reportTitle = 'Tillsammans för en hållbar och innovativ industri i Bergslagen'

test('the archive lists the seminar report with its kind and year, newest first, on one page', async () => {
  render(await NewsRoute())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nyheter och rapporter')
  const list = screen.getByRole('region', { name: 'Alla nyheter och rapporter' })
  const [card, ...more] = within(list).getAllByRole('article')
  expect(more).toEqual([])
  expect(card).toHaveTextContent('Seminarierapport · 2022')
  expect(within(list).getByRole('link', { name: reportTitle })).toHaveAttribute(
    'href',
    '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
  // One page: no page navigation, and no later pages to prerender.
  expect(screen.queryByRole('navigation', { name: 'Sidnumrering' })).toBeNull()
  expect(await laterPageParams()).toEqual([])
  expect(metadata.alternates?.canonical).toMatch(/\/nyheter$/)
})

test('the filter is a list of links, the current one marked', async () => {
  render(await NewsRoute())

  const filter = screen.getByRole('navigation', { name: 'Filtrera efter typ' })
  const links = within(filter).getAllByRole('link')
  expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
    ['Alla', '/nyheter'],
    ['Nyheter', '/nyheter/typ/nyhet'],
    ['Seminarierapporter', '/nyheter/typ/seminarierapport'],
  ])
  expect(links[0]).toHaveAttribute('aria-current', 'page')
  expect(links[2]).not.toHaveAttribute('aria-current')
})

test('every kind is prerendered, with Swedish segments', async () => {
  expect(kindParams()).toEqual([{ kind: 'nyhet' }, { kind: 'seminarierapport' }])
  expect(await laterKindPageParams()).toEqual([])
})

test('filtered by seminarierapport, the report is listed and the filter marks the choice', async () => {
  render(await NewsKindRoute({ params: Promise.resolve({ kind: 'seminarierapport' }) }))

  const list = screen.getByRole('region', { name: 'Seminarierapporter' })
  expect(within(list).getByRole('link', { name: reportTitle })).toBeInTheDocument()
  expect(within(list).getByText('Seminarierapport · 2022')).toBeInTheDocument()
  const filter = screen.getByRole('navigation', { name: 'Filtrera efter typ' })
  expect(within(filter).getByRole('link', { name: 'Seminarierapporter' })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('filtered by nyhet, the empty list says so and leads back to all', async () => {
  render(await NewsKindRoute({ params: Promise.resolve({ kind: 'nyhet' }) }))

  const list = screen.getByRole('region', { name: 'Nyheter' })
  expect(within(list).queryAllByRole('article')).toEqual([])
  expect(list).toHaveTextContent('Det finns inga nyheter publicerade ännu.')
  expect(within(list).getByRole('link', { name: 'Visa alla nyheter och rapporter' })).toHaveAttribute(
    'href',
    '/nyheter',
  )
})

test('unknown kinds and pages that do not exist are a 404', async () => {
  await expectNotFound(NewsKindRoute({ params: Promise.resolve({ kind: 'news' }) }))
  await expectNotFound(NewsPageRoute({ params: Promise.resolve({ page: '2' }) }))
  // Page 1 lives at /nyheter, not at /nyheter/sida/1.
  await expectNotFound(NewsPageRoute({ params: Promise.resolve({ page: '1' }) }))
  await expectNotFound(NewsPageRoute({ params: Promise.resolve({ page: '02' }) }))
  await expectNotFound(
    NewsKindPageRoute({ params: Promise.resolve({ kind: 'seminarierapport', page: '2' }) }),
  )
  await expectNotFound(NewsKindPageRoute({ params: Promise.resolve({ kind: 'x', page: '2' }) }))
})

test("every page of the archive announces its list's RSS and Atom feeds", async () => {
  const feeds = (path: string, name: string) => ({
    'application/rss+xml': [{ url: `http://localhost:3000${path}/rss.xml`, title: `${name} (RSS)` }],
    'application/atom+xml': [{ url: `http://localhost:3000${path}/atom.xml`, title: `${name} (Atom)` }],
  })
  const all = feeds('/nyheter', 'Nyheter och seminarierapporter')
  const reports = feeds('/nyheter/typ/seminarierapport', 'Seminarierapporter')

  expect(metadata.alternates?.types).toEqual(all)
  expect(newsArchiveMetadata(null, 3).alternates?.types).toEqual(all)
  expect(
    (await kindMetadata({ params: Promise.resolve({ kind: 'seminarierapport' }) })).alternates?.types,
  ).toEqual(reports)
  expect(newsArchiveMetadata('seminarReport', 2).alternates?.types).toEqual(reports)
  expect(newsArchiveMetadata('news', 1).alternates?.types).toEqual(feeds('/nyheter/typ/nyhet', 'Nyheter'))
})

test('every page of the archive links its feeds for a visitor to subscribe to', async () => {
  render(await NewsKindRoute({ params: Promise.resolve({ kind: 'seminarierapport' }) }))

  const subscribe = screen.getByText(/^Prenumerera på seminarierapporter i en flödesläsare/)
  expect(
    within(subscribe)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('type')]),
  ).toEqual([
    ['RSS', '/nyheter/typ/seminarierapport/rss.xml', 'application/rss+xml'],
    ['Atom', '/nyheter/typ/seminarierapport/atom.xml', 'application/atom+xml'],
  ])
})
