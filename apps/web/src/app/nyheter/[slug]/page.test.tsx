import { render, screen } from '@testing-library/react'

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
  expect(screen.getByRole('link', { name: 'Göran Nyström' })).toHaveAttribute('href', '/talare/goran-nystrom')
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
