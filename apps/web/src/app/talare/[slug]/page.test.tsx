import { render, screen, within } from '@testing-library/react'

import { expectNotFound } from '@/testing/next-navigation'

import SpeakerRoute, { generateMetadata, generateStaticParams } from './page'

const seminar = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

test('every speaker of the bundled dataset is prerendered', async () => {
  const slugs = (await generateStaticParams()).map(({ slug }) => slug)
  expect(slugs).toEqual(expect.arrayContaining(['jan-bohman', 'goran-nystrom', 'tobias-martensson']))
  expect(new Set(slugs).size).toBe(slugs.length)
})

test("Jan Bohman's page: both affiliations, the bio, and the welcome talk with his role", async () => {
  const { container } = render(await SpeakerRoute(params('jan-bohman')))

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Jan Bohman')
  const affiliations = container.querySelector('.affiliations')
  expect(affiliations).toHaveTextContent('ordförande, Intresseföreningen Bergslaget')
  expect(affiliations).toHaveTextContent('kommunalråd, Borlänge kommun')
  expect(screen.getByRole('link', { name: 'Borlänge kommun' })).toHaveAttribute(
    'href',
    '/organisationer/borlange-kommun',
  )

  const talks = screen.getByRole('region', { name: 'Medverkan' })
  const talk = within(talks).getByRole('heading', { level: 3 })
  expect(within(talk).getByRole('link')).toHaveAttribute(
    'href',
    `/evenemang/${seminar}/valkommen-fokusomradet-bergslagens-industri-2022-2023`,
  )
  expect(talk).toHaveTextContent('Välkommen – fokusområdet Bergslagens industri 2022–2023')
  const item = talk.closest('li') as HTMLElement
  expect(item).toHaveTextContent('Roll: Värd')
  expect(item).toHaveTextContent('Tillsammans för en hållbar och innovativ industri i Bergslagen, 2022')
  expect(within(item).getByRole('link', { name: /^Tillsammans för/ })).toHaveAttribute(
    'href',
    `/evenemang/${seminar}`,
  )
})

test('without a portrait (and offline there never is one) the initials stand in, hidden from screen readers', async () => {
  const { container } = render(await SpeakerRoute(params('goran-nystrom')))

  expect(screen.queryByRole('img')).not.toBeInTheDocument()
  const initials = container.querySelector('.portrait--initials')
  expect(initials).toHaveTextContent('GN')
  expect(initials).toHaveAttribute('aria-hidden', 'true')
})

test("the speaker's own links are listed", async () => {
  render(await SpeakerRoute(params('angelica-ekholm')))

  const links = screen.getByRole('region', { name: 'Länkar' })
  expect(within(links).getByRole('link', { name: /Angelica Ekholms inlägg om innovation/ })).toHaveAttribute(
    'href',
    'https://www.dalarnasciencepark.se/inlagg/innovation-ar-helt-avgorande-for-tillvaxt-i-dalarna/',
  )
})

test('metadata names the speaker and their roles; an unknown speaker is not found', async () => {
  const metadata = await generateMetadata(params('jan-bohman'))
  expect(metadata.title).toBe('Jan Bohman')
  expect(metadata.description).toBe(
    'Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun.',
  )
  expect(metadata.alternates?.canonical).toMatch(/\/talare\/jan-bohman$/)

  await expectNotFound(SpeakerRoute(params('finns-inte')))
})
