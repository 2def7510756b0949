import { render, screen, within } from '@testing-library/react'

import SpeakersRoute from './page'

test('speakers are listed A–Ö, each with role and organisation', async () => {
  render(await SpeakersRoute())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Talare')
  const items = within(screen.getByRole('list')).getAllByRole('listitem')
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
})
