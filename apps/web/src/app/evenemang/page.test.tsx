import { render, screen, within } from '@testing-library/react'

import EventsRoute, { revalidate } from './page'
import { revalidate as laterPagesRevalidate } from './sida/[page]/page'

test('the events page says there is nothing upcoming and lists past events under their year', async () => {
  render(await EventsRoute())

  const upcoming = screen.getByRole('region', { name: 'Kommande evenemang' })
  expect(upcoming).toHaveTextContent('Inga kommande evenemang är planerade just nu.')
  // The calendar to subscribe to is offered even then: it fills as events are published.
  expect(within(upcoming).getByRole('link', { name: 'Prenumerera på kalendern' })).toHaveAttribute(
    'href',
    '/evenemang/kalender.ics',
  )

  const year = screen.getByRole('region', { name: '2022' })
  const link = within(year).getByRole('link')
  expect(link).toHaveTextContent('Tillsammans för en hållbar och innovativ industri i Bergslagen')
  expect(link).toHaveAttribute(
    'href',
    '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
  expect(year).toHaveTextContent('Seminarium')
  expect(year).toHaveTextContent('2022 · Dalarna Science Park, Borlänge')
})

test('an index of the past years leads to each; one page needs no page links; rebuilt hourly', async () => {
  render(await EventsRoute())

  const index = screen.getByRole('navigation', { name: 'Tidigare evenemang per år' })
  expect(within(index).getByRole('link', { name: '2022' })).toHaveAttribute('href', '/evenemang#ar-2022')
  expect(within(index).getByRole('listitem')).toHaveTextContent('2022 (1)')
  expect(document.getElementById('ar-2022')).toHaveAccessibleName('2022')
  expect(screen.queryByRole('navigation', { name: 'Sidnumrering' })).toBeNull()
  // Which events are past moves with the day, on every page of the list.
  expect([revalidate, laterPagesRevalidate]).toEqual([3600, 3600])
})
