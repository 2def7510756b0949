import type { ContentImage, ImageSource } from '@bergslaget/content'

import { pageMetadata } from './page-metadata'

// The real content package decides the mode from the environment; these tests set it per test.
let mockSource: ImageSource | null = null
jest.mock('@bergslaget/content', () => ({
  ...jest.requireActual('@bergslaget/content'),
  imageSource: () => mockSource,
}))
afterEach(() => {
  mockSource = null
})

const generated = {
  url: 'http://localhost:3000/delningsbild/evenemang',
  width: 1200,
  height: 630,
  alt: 'Evenemang',
}

test('a page gets its title, description, canonical URL, Open Graph and large card from one call', () => {
  expect(
    pageMetadata({ title: 'Evenemang', description: 'Kommande och tidigare evenemang', path: '/evenemang' }),
  ).toEqual({
    title: 'Evenemang',
    description: 'Kommande och tidigare evenemang',
    alternates: { canonical: 'http://localhost:3000/evenemang' },
    openGraph: {
      title: 'Evenemang',
      description: 'Kommande och tidigare evenemang',
      url: 'http://localhost:3000/evenemang',
      siteName: 'Intresseföreningen Bergslaget',
      locale: 'sv_SE',
      type: 'website',
      images: [generated],
    },
    twitter: {
      card: 'summary_large_image',
      title: 'Evenemang',
      description: 'Kommande och tidigare evenemang',
      images: [generated],
    },
  })
})

const portrait: ContentImage = {
  asset: { _ref: 'image-abc123-800x1000-jpg' },
  crop: { top: 0.1, bottom: 0, left: 0, right: 0 },
  hotspot: { x: 0.5, y: 0.3, width: 0.4, height: 0.4 },
  alt: null,
}

test("hosted, the editor's picture is shared, cut to 1200×630 around its hotspot on Sanity's CDN", () => {
  mockSource = { projectId: 'abc123', dataset: 'production' }
  const { openGraph } = pageMetadata({
    title: 'Jan Bohman',
    description: 'Talare',
    path: '/talare/jan-bohman',
    image: portrait,
  })
  const [image] = (openGraph?.images ?? []) as { url: string; width: number; height: number }[]
  const url = new URL(image?.url ?? '')

  expect(`${url.origin}${url.pathname}`).toBe(
    'https://cdn.sanity.io/images/abc123/production/abc123-800x1000.jpg',
  )
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ w: '1200', h: '630', fit: 'crop' })
  expect(url.searchParams.get('rect')).not.toBeNull()
  expect([image?.width, image?.height]).toEqual([1200, 630])
})

test('embedded (no image files), a page with a picture still shares its generated image', () => {
  const { openGraph } = pageMetadata({
    title: 'Jan Bohman',
    description: 'Talare',
    path: '/talare/jan-bohman',
    image: portrait,
  })

  expect(openGraph?.images).toEqual([
    { ...generated, url: 'http://localhost:3000/delningsbild/talare/jan-bohman', alt: 'Jan Bohman' },
  ])
})

test('a page announces its feeds as alternates, by content type, at absolute URLs', () => {
  const { alternates } = pageMetadata({
    title: 'Nyheter',
    description: 'Nyheter',
    path: '/nyheter',
    feeds: [
      { type: 'application/rss+xml', title: 'Nyheter (RSS)', path: '/nyheter/rss.xml' },
      { type: 'application/atom+xml', title: 'Nyheter (Atom)', path: '/nyheter/atom.xml' },
      { type: 'application/rss+xml', title: 'Mer (RSS)', path: '/mer/rss.xml' },
    ],
  })

  expect(alternates).toEqual({
    canonical: 'http://localhost:3000/nyheter',
    types: {
      'application/rss+xml': [
        { url: 'http://localhost:3000/nyheter/rss.xml', title: 'Nyheter (RSS)' },
        { url: 'http://localhost:3000/mer/rss.xml', title: 'Mer (RSS)' },
      ],
      'application/atom+xml': [{ url: 'http://localhost:3000/nyheter/atom.xml', title: 'Nyheter (Atom)' }],
    },
  })
})
