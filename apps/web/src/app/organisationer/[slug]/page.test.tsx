import { render, screen, within } from '@testing-library/react'

import { expectNotFound } from '@/testing/next-navigation'

import OrganisationRoute, { generateMetadata, generateStaticParams } from './page'

const seminar = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

test('every organisation of the bundled dataset is prerendered', async () => {
  const slugs = (await generateStaticParams()).map(({ slug }) => slug)
  expect(slugs).toEqual(expect.arrayContaining(['ovako', 'volvokoncernen', 'intresseforeningen-bergslaget']))
  expect(new Set(slugs).size).toBe(slugs.length)
})

test("Ovako's page: its person, his talk, the talks that concern Ovako and the article naming it", async () => {
  render(await OrganisationRoute(params('ovako')))

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ovako')
  expect(screen.getByText('Företag')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'ovako.com' })).toHaveAttribute('href', 'https://www.ovako.com')

  const people = screen.getByRole('region', { name: 'Personer' })
  expect(within(people).getByRole('listitem')).toHaveTextContent('Göran Nyström, vice vd')
  expect(within(people).getByRole('link', { name: 'Göran Nyström' })).toHaveAttribute(
    'href',
    '/talare/goran-nystrom',
  )

  const talks = screen.getByRole('region', { name: 'Föredrag av personer från Ovako' })
  expect(within(talks).getByRole('heading', { level: 3 })).toHaveTextContent('Ovakos vätgassatsning i Hofors')
  expect(within(talks).getByRole('link', { name: 'Ovakos vätgassatsning i Hofors' })).toHaveAttribute(
    'href',
    `/evenemang/${seminar}/ovakos-vatgassatsning-i-hofors`,
  )
  expect(talks).toHaveTextContent('Talare: Göran Nyström')
  expect(talks).toHaveTextContent('Tillsammans för en hållbar och innovativ industri i Bergslagen, 2022')

  const concerning = screen.getByRole('region', { name: 'Föredrag som berör Ovako' })
  expect(
    within(concerning)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Välkommen – fokusområdet Bergslagens industri 2022–2023'])

  const articles = screen.getByRole('region', { name: 'Artiklar som nämner Ovako' })
  expect(within(articles).getByRole('link', { name: /^Tillsammans för/ })).toHaveAttribute(
    'href',
    `/nyheter/${seminar}`,
  )

  // Ovako hosted no event, so there is no such section.
  expect(screen.queryByRole('region', { name: 'Evenemang' })).not.toBeInTheDocument()
})

test('the association: description, county, and the event it hosted', async () => {
  render(await OrganisationRoute(params('intresseforeningen-bergslaget')))

  expect(screen.getByText(/Ideell förening för samverkan/)).toBeInTheDocument()
  expect(screen.getByText('Län').nextElementSibling).toHaveTextContent('Dalarna')
  const events = screen.getByRole('region', { name: 'Evenemang' })
  expect(within(events).getByRole('heading', { level: 3 })).toHaveTextContent('Som arrangör')
  expect(within(events).getByRole('heading', { level: 4 })).toHaveTextContent(
    'Tillsammans för en hållbar och innovativ industri i Bergslagen',
  )
})

test('a partner is listed as such; sections without content are left out', async () => {
  render(await OrganisationRoute(params('dalarna-science-park')))

  const events = screen.getByRole('region', { name: 'Evenemang' })
  expect(within(events).getByRole('heading', { level: 3 })).toHaveTextContent('Som samarbetspartner')
  expect(screen.queryByRole('region', { name: /^Föredrag som berör/ })).not.toBeInTheDocument()
})

test('an organisation only talked about: just the talks that concern it', async () => {
  render(await OrganisationRoute(params('volvokoncernen')))

  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    'Föredrag som berör Volvokoncernen',
    'Artiklar som nämner Volvokoncernen',
  ])
  expect(screen.queryByRole('img')).not.toBeInTheDocument()
})

test('metadata; an unknown organisation is not found', async () => {
  const metadata = await generateMetadata(params('dalarna-science-park'))
  expect(metadata.title).toBe('Dalarna Science Park')
  expect(metadata.description).toMatch(/^Samverkansplattform för företagsutveckling/)

  await expectNotFound(OrganisationRoute(params('finns-inte')))
})
