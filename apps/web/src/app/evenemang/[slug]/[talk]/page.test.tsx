import { render, screen } from '@testing-library/react'

import { expectNotFound } from '@/testing/next-navigation'

import TalkRoute, { generateStaticParams } from './page'

const event = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

test('every talk is prerendered under its own event', async () => {
  const params = await generateStaticParams()
  expect(params).toHaveLength(6)
  expect(params.every(({ slug }) => slug === event)).toBe(true)
})

test("Ovako's talk shows its speaker, the partners it concerns and the source's links", async () => {
  render(
    await TalkRoute({ params: Promise.resolve({ slug: event, talk: 'ovakos-vatgassatsning-i-hofors' }) }),
  )

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ovakos vätgassatsning i Hofors')
  expect(screen.getByText(/Programpunkt 2 på/)).toHaveTextContent(
    'Programpunkt 2 på Tillsammans för en hållbar och innovativ industri i Bergslagen · 2022',
  )
  expect(screen.getByText('Talare:').closest('li')).toHaveTextContent('Talare: Göran Nyström, vice vd, Ovako')
  const concerns = screen.getByRole('region', { name: 'Organisationer som föredraget handlar om' })
  expect(concerns).toHaveTextContent('Volvokoncernen, Hitachi Energy, H2 Green Steel, Nel Hydrogen')
  const links = screen.getByRole('region', { name: 'Läs mer' })
  expect(links.querySelectorAll('a[href^="https://www.ovako.com/"]')).toHaveLength(2)
})

test('a talk asked for under another event is not found', async () => {
  await expectNotFound(
    TalkRoute({
      params: Promise.resolve({ slug: 'annat-evenemang', talk: 'ovakos-vatgassatsning-i-hofors' }),
    }),
  )
})
