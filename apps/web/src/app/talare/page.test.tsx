import { render, screen, within } from '@testing-library/react'

import SpeakersRoute from './page'

test('speakers are listed A–Ö under their initials, each with role and organisation', async () => {
  render(await SpeakersRoute())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Talare')
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'A',
    'G',
    'J',
    'K',
    'P',
    'T',
  ])
  const items = screen.getAllByRole('region').flatMap((group) => within(group).getAllByRole('listitem'))
  expect(items.map((item) => item.querySelector('a')?.textContent)).toEqual([
    'Angelica Ekholm',
    'Göran Nyström',
    'Jan Bohman',
    'Kjell Johansson',
    'Patrick Kenger',
    'Per Sjölander',
    'Tobias Mårtensson',
  ])
  const [, goran, jan] = items as [HTMLElement, HTMLElement, HTMLElement]
  expect(jan).toHaveTextContent(
    'Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun',
  )
  expect(within(goran).getByRole('link', { name: 'Göran Nyström' })).toHaveAttribute(
    'href',
    '/talare/goran-nystrom',
  )
  expect(within(goran).getByRole('link', { name: 'Ovako' })).toHaveAttribute('href', '/organisationer/ovako')
  expect(within(screen.getByRole('region', { name: 'P' })).getAllByRole('listitem')).toHaveLength(2)
})

test('an index leads to each initial with its count; one page needs no page links', async () => {
  render(await SpeakersRoute())

  const index = screen.getByRole('navigation', { name: 'Talare efter bokstav' })
  const letters = within(index)
    .getAllByRole('listitem')
    .map((item) => [item.textContent, item.querySelector('a')?.getAttribute('href')])
  expect(letters).toEqual([
    ['A (1)', '/talare#bokstav-a'],
    ['G (1)', '/talare#bokstav-g'],
    ['J (1)', '/talare#bokstav-j'],
    ['K (1)', '/talare#bokstav-k'],
    ['P (2)', '/talare#bokstav-p'],
    ['T (1)', '/talare#bokstav-t'],
  ])
  expect(document.getElementById('bokstav-p')).toHaveAccessibleName('P')
  expect(screen.queryByRole('navigation', { name: 'Sidnumrering' })).toBeNull()
  expect(screen.queryByText(/^Visar/)).toBeNull()
})
