import { render, screen, within } from '@testing-library/react'

import { content } from '@/lib/content'

import SearchRoute, { generateMetadata } from './page'

const props = (q?: string | string[]) => ({ searchParams: Promise.resolve(q === undefined ? {} : { q }) })
const search = async (q?: string | string[]) => render(await SearchRoute(props(q)))

afterEach(() => jest.restoreAllMocks())

test('results are grouped by type, each a link with the found words marked, and counted in a status', async () => {
  await search('kommun')

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sök')
  expect(screen.getByRole('searchbox', { name: 'Sök på webbplatsen' })).toHaveValue('kommun')
  expect(screen.getByRole('status')).toHaveTextContent(/^\d+ träffar för ”kommun”\.$/)

  const organisations = screen.getByRole('region', { name: /^Organisationer \(\d+\)$/ })
  const borlange = within(organisations).getByRole('link', { name: 'Borlänge kommun' })
  expect(borlange).toHaveAttribute('href', '/organisationer/borlange-kommun')
  expect(borlange.querySelector('mark')).toHaveTextContent('kommun')
  // Each group's heading is its type's name for visitors, in the registry's order.
  expect(
    screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.firstChild?.textContent),
  ).toEqual(['Föredrag', 'Talare', 'Organisationer', 'Nyheter', 'Sidor'])
  const shown = within(organisations).getAllByRole('listitem').length
  expect(organisations).toHaveAccessibleName(`Organisationer (${shown})`)
})

test('a result shows the context of the word it was found by', async () => {
  await search('vätgas')

  const talks = screen.getByRole('region', { name: /^Föredrag/ })
  const first = within(talks).getAllByRole('listitem')[0] as HTMLElement
  expect(within(first).getByRole('link')).toHaveAttribute(
    'href',
    '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen/ovakos-vatgassatsning-i-hofors',
  )
  expect(Array.from(first.querySelectorAll('p mark'), (mark) => mark.textContent?.toLowerCase())).toEqual(
    expect.arrayContaining([expect.stringMatching(/^vätgas/)]),
  )
})

test('a search that finds nothing says so', async () => {
  await search('nystrom')

  expect(screen.getByRole('status')).toHaveTextContent('Inga träffar för ”nystrom”.')
  expect(screen.queryAllByRole('region')).toEqual([])
})

test.each([[undefined], [''], ['   '], ['*!?']])('the query %p runs no search', async (q) => {
  const searchSite = jest.spyOn(content, 'searchSite')
  await search(q)

  expect(searchSite).not.toHaveBeenCalled()
  expect(screen.queryAllByRole('region')).toEqual([])
  expect(screen.getByRole('searchbox', { name: 'Sök på webbplatsen' })).toBeInTheDocument()
})

test('of a repeated parameter the first is searched', async () => {
  await search(['Ovako', 'kommun'])

  expect(screen.getByRole('status')).toHaveTextContent(/för ”Ovako”/)
})

test.each([[undefined], [''], ['  ']])('the search page itself (query %p) may be indexed', async (q) => {
  const metadata = await generateMetadata(props(q))
  expect(metadata).toMatchObject({ title: 'Sök', alternates: { canonical: '/sok' } })
  expect(metadata.robots).toBeUndefined()
})

test('a results page is kept out of search indexes, its links followed', async () => {
  expect((await generateMetadata(props('kommun'))).robots).toEqual({ index: false, follow: true })
})
