import { render, screen, within } from '@testing-library/react'

import HomePage from './page'

test('the home page presents the association, its focus area, the events and the latest news', async () => {
  render(await HomePage())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Intresseföreningen Bergslaget')
  expect(screen.getByText(/24 kommuner och 5 regioner/)).toBeInTheDocument()
  expect(screen.getByText('Fokusområde 2022–2023:')).toContainElement(
    screen.getByText('Bergslagens industri'),
  )

  const events = screen.getByRole('region', { name: 'Evenemang' })
  expect(within(events).getByRole('link')).toHaveAttribute(
    'href',
    '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
  expect(events).toHaveTextContent('Seminarium')
  expect(events).toHaveTextContent('2022 · Dalarna Science Park, Borlänge')

  const news = screen.getByRole('region', { name: 'Senaste nytt' })
  expect(within(news).getByRole('link')).toHaveAttribute(
    'href',
    '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
})
