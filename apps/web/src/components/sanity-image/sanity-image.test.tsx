import type { ContentImage, ImageSource } from '@bergslaget/content'
import { render, screen } from '@testing-library/react'

import { Portrait } from '@/components/people/portrait'

import { SanityImage } from './sanity-image'

// The real content package decides the mode from the environment; these tests set it per test.
let mockSource: ImageSource | null = null
jest.mock('@bergslaget/content', () => ({
  ...jest.requireActual('@bergslaget/content'),
  imageSource: () => mockSource,
}))
afterEach(() => {
  mockSource = null
})

const image: ContentImage = {
  asset: { _ref: 'image-abc123-800x600-jpg' },
  crop: null,
  hotspot: { x: 0.5, y: 0.3, width: 0.4, height: 0.4 },
  alt: 'Jan Bohman håller välkomsttalet',
}

test('hosted: the image comes from the Sanity CDN at 1× and 2×, with the editor’s alt text', () => {
  mockSource = { projectId: 'abc123', dataset: 'production' }
  render(<SanityImage image={image} width={120} height={120} fallback={<span>reserv</span>} />)

  const img = screen.getByRole('img', { name: 'Jan Bohman håller välkomsttalet' })
  const src = new URL(img.getAttribute('src') ?? '')
  expect(src.origin + src.pathname).toBe('https://cdn.sanity.io/images/abc123/production/abc123-800x600.jpg')
  expect(src.searchParams.get('w')).toBe('120')
  const candidates = (img.getAttribute('srcset') ?? '').split(', ').map((candidate) => candidate.split(' '))
  expect(candidates.map(([url, density]) => [new URL(url ?? '').searchParams.get('w'), density])).toEqual([
    ['120', '1x'],
    ['240', '2x'],
  ])
  expect(img).toHaveAttribute('width', '120')
  expect(img).toHaveAttribute('height', '120')
  expect(screen.queryByText('reserv')).not.toBeInTheDocument()
})

test('hosted, a logo without a height keeps its aspect ratio; no alt text from the editor uses the given one', () => {
  mockSource = { projectId: 'abc123', dataset: 'production' }
  render(<SanityImage image={{ ...image, alt: null }} width={200} alt="Ovakos logotyp" />)

  const img = screen.getByRole('img', { name: 'Ovakos logotyp' })
  expect(img).toHaveAttribute('height', '150')
})

test('embedded (bundled dataset): the fallback, never a broken image', () => {
  render(<SanityImage image={image} width={120} height={120} fallback={<span>reserv</span>} />)

  expect(screen.queryByRole('img')).not.toBeInTheDocument()
  expect(screen.getByText('reserv')).toBeInTheDocument()
})

test('a portrait falls back to decorative initials', () => {
  const { container } = render(<Portrait name="Göran Nyström" image={image} />)

  expect(screen.queryByRole('img')).not.toBeInTheDocument()
  const initials = container.querySelector('.portrait--initials')
  expect(initials).toHaveTextContent('GN')
  expect(initials).toHaveAttribute('aria-hidden', 'true')
})

test('hosted without a portrait: initials as well', () => {
  mockSource = { projectId: 'abc123', dataset: 'production' }
  const { container } = render(<Portrait name="Göran Nyström" image={null} />)

  expect(container.querySelector('.portrait--initials')).toHaveTextContent('GN')
})
