import { render, screen, within } from '@testing-library/react'

import EventRoute, { generateStaticParams } from './page'

const slug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

test('every event of the bundled dataset is prerendered', async () => {
  expect(await generateStaticParams()).toEqual([{ slug }])
})

test('the seminar page shows its date, place and the programme in order with speakers and organisations', async () => {
  render(await EventRoute({ params: Promise.resolve({ slug }) }))

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'Tillsammans för en hållbar och innovativ industri i Bergslagen',
  )
  expect(screen.getByText('2022')).toBeInTheDocument()
  const where = screen.getByText('Var').nextElementSibling
  expect(where).toHaveTextContent('Dalarna Science Park, Borlänge · Visa Dalarna Science Park på karta')
  expect(screen.getByRole('link', { name: 'Visa Dalarna Science Park på karta' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/search?query=Dalarna%20Science%20Park%2C%20Borl%C3%A4nge',
  )
  // A past event offers no registration; one known only by its year, no calendar file.
  expect(screen.queryByRole('link', { name: /Anmäl dig/ })).toBeNull()
  expect(screen.queryByRole('link', { name: 'Lägg till i kalendern' })).toBeNull()

  const programme = screen.getByRole('region', { name: 'Program' })
  const talks = within(programme).getAllByRole('heading', { level: 3 })
  expect(talks.map((talk) => talk.textContent)).toEqual([
    'Välkommen – fokusområdet Bergslagens industri 2022–2023',
    'Ovakos vätgassatsning i Hofors',
    'Samverkan med näringslivet i Hofors och projektet Framtid Haga',
    'Northvolts batterifabrik i Borlänge',
    'Samverkan för hållbar regional tillväxt',
    'Högskolan Dalarna – samverkan och kompetensförsörjning',
  ])
  expect(within(programme).getByRole('link', { name: 'Jan Bohman' })).toHaveAttribute(
    'href',
    '/talare/jan-bohman',
  )
  const welcome = talks[0]?.closest('li')
  expect(welcome).toHaveTextContent(
    'Värd: Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun',
  )
  expect(talks[1]?.closest('li')).toHaveTextContent('Talare: Göran Nyström, vice vd, Ovako')
  expect(talks[5]?.closest('li')).toHaveTextContent(
    'Tobias Mårtensson, verksamhetsutvecklare, Högskolan Dalarna',
  )
})
