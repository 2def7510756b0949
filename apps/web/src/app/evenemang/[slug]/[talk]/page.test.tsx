import { render, screen } from '@testing-library/react'

import { content } from '@/lib/content'
import { hostileHrefs } from '@/testing/hostile-hrefs'
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

describe('the presentation', () => {
  afterEach(() => jest.restoreAllMocks())

  const talk = 'hogskolan-dalarna-samverkan-och-kompetensforsorjning'

  // The content layer refuses a presentation whose address is not a web address (a Sanity file's
  // address always is); the page checks it again, as it does every address it links from content.
  async function renderWithSlides(url: string) {
    const page = await content.getTalkPage(event, talk)
    if (!page) throw new Error('the bundled dataset has the talk')
    const slides = { url, originalFilename: 'presentation.pdf', extension: 'pdf', size: 123_456 }
    jest.spyOn(content, 'getTalkPage').mockResolvedValue({ ...page, slides })
    render(await TalkRoute({ params: Promise.resolve({ slug: event, talk }) }))
    return screen.getByText(/^Presentationen/)
  }

  it('links the file, naming its format', async () => {
    const url = 'https://cdn.sanity.io/files/projekt/production/abc123.pdf'
    const slides = await renderWithSlides(url)
    expect(slides).toHaveTextContent('Presentationen (PDF)')
    expect(slides.closest('a')).toHaveAttribute('href', url)
  })

  it.each(hostileHrefs)('at %j is named but not linked', async (url) => {
    const slides = await renderWithSlides(url)
    expect(slides.closest('a')).toBeNull()
  })
})

test('a talk asked for under another event is not found', async () => {
  await expectNotFound(
    TalkRoute({
      params: Promise.resolve({ slug: 'annat-evenemang', talk: 'ovakos-vatgassatsning-i-hofors' }),
    }),
  )
})
