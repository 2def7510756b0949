import { render, screen, within } from '@testing-library/react'

import EventsRoute from './page'

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
