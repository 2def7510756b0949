import { render, screen, within } from '@testing-library/react'

import ArticleRoute, { generateStaticParams } from './page'

const slug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

test('every article of the bundled dataset is prerendered', async () => {
  expect(await generateStaticParams()).toEqual([{ slug }])
})

test('the seminar report links the people, organisations and event it mentions, and keeps its outside links', async () => {
  render(await ArticleRoute({ params: Promise.resolve({ slug }) }))

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'Tillsammans för en hållbar och innovativ industri i Bergslagen',
  )
  expect(screen.getByText(/Seminarierapport · 2022/)).toBeInTheDocument()
  // The first link of each name is the one in the text; the list of mentions below links it again.
  expect(screen.getAllByRole('link', { name: 'Göran Nyström' })[0]).toHaveAttribute(
    'href',
    '/talare/goran-nystrom',
  )
  expect(screen.getAllByRole('link', { name: 'Hitachi Energy' })[0]).toHaveAttribute(
    'href',
    '/organisationer/hitachi-energy',
  )
  expect(screen.getByRole('link', { name: 'seminarium' })).toHaveAttribute('href', `/evenemang/${slug}`)
  expect(screen.getByRole('link', { name: 'projektet Framtid Haga' })).toHaveAttribute(
    'href',
    'https://www.framtidhaga.se/',
  )
  expect(screen.getByRole('complementary', { name: 'Evenemanget' })).toHaveTextContent(
    'Tillsammans för en hållbar och innovativ industri i Bergslagen · 2022',
  )
})

test('the report lists the people and organisations it mentions, each once, A–Ö, with links', async () => {
  render(await ArticleRoute({ params: Promise.resolve({ slug }) }))

  const mentions = screen.getByRole('complementary', { name: 'Omnämnda i texten' })
  const [people, organisations] = within(mentions).getAllByRole('list')
  if (!people || !organisations) throw new Error('expected a list of people and one of organisations')
  const names = (list: HTMLElement) =>
    within(list)
      .getAllByRole('listitem')
      .map((item) => within(item).getAllByRole('link')[0]?.textContent)

  expect(names(people)).toEqual([
    'Angelica Ekholm',
    'Göran Nyström',
    'Jan Bohman',
    'Kjell Johansson',
    'Patrick Kenger',
    'Per Sjölander',
    'Tobias Mårtensson',
  ])
  expect(
    within(people)
      .getByText(/vice vd/)
      .closest('li'),
  ).toHaveTextContent('Göran Nyström, vice vd, Ovako')
  expect(names(organisations)).toHaveLength(19)
  expect(names(organisations).slice(0, 3)).toEqual(['Arctic Paper', 'Boliden', 'Borlänge kommun'])
  expect(names(organisations).at(-1)).toBe('Volvokoncernen')
  expect(within(organisations).getByRole('link', { name: 'Högskolan Dalarna' })).toHaveAttribute(
    'href',
    '/organisationer/hogskolan-dalarna',
  )
  // The event is shown on its own, not as a mention.
  expect(within(mentions).queryByText(/Tillsammans för en hållbar/)).toBeNull()
})
