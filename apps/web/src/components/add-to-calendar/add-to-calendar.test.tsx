import { render, screen } from '@testing-library/react'

import { AddToCalendar } from './add-to-calendar'

const slug = 'varmote-2031'

test('an event with a fixed date links to its calendar file, by a plain link after its date', () => {
  const { container } = render(
    <AddToCalendar
      event={{ slug, dateMode: 'fixed', startsAt: '2031-05-12T07:00:00Z', endsAt: '2031-05-12T10:00:00Z' }}
    />,
  )

  const link = screen.getByRole('link', { name: 'Lägg till i kalendern' })
  expect(link).toHaveAttribute('href', '/evenemang/varmote-2031/kalender.ics')
  expect(link).toHaveAttribute('type', 'text/calendar')
  expect(container).toHaveTextContent('· Lägg till i kalendern')
})

test('an event known only by its year or month has no link', () => {
  const { container } = render(
    <AddToCalendar event={{ slug, dateMode: 'unconfirmed', year: 2031, month: 5 }} />,
  )
  expect(container).toBeEmptyDOMElement()
})
