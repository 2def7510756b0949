import { render, screen, within } from '@testing-library/react'

import HomePage from './page'

test('the home page presents the association, its focus area, the events and the latest news', async () => {
  render(await HomePage())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Intresseföreningen Bergslaget')
  expect(screen.getByText(/24 kommuner och 5 regioner/)).toBeInTheDocument()
  // The bundled focus area is 2022–2023: shown, and not called current.
  expect(screen.getByText(/Senaste fokusområde 2022–2023:/)).toHaveTextContent('Bergslagens industri')

  // The bundled dataset's only event is past: a clear empty state with a way to the past events.
  const events = screen.getByRole('region', { name: 'Kommande evenemang' })
  expect(events).toHaveTextContent('Inga kommande evenemang just nu.')
  expect(within(events).getByRole('link', { name: 'Se tidigare evenemang' })).toHaveAttribute(
    'href',
    '/evenemang#tidigare',
  )

  const news = screen.getByRole('region', { name: 'Senaste nytt' })
  expect(within(news).getAllByRole('link')[0]).toHaveAttribute(
    'href',
    '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
})
