import type { ContentImage } from '@bergslaget/content'

import { assetSize, imageBox, sanityImageUrl } from './sanity-image-url'

const source = { projectId: 'abc123', dataset: 'production' }

const image: ContentImage = {
  asset: { _ref: 'image-abc123-800x600-jpg' },
  crop: { top: 0.1, bottom: 0.1, left: 0.25, right: 0 },
  hotspot: { x: 0.6, y: 0.4, width: 0.3, height: 0.3 },
  alt: 'Anna Andersson talar',
}

test('the CDN address names the asset and cuts the cropped image around the hotspot', () => {
  const url = new URL(sanityImageUrl(image, source, { width: 160, height: 160 }, 2))

  expect(url.origin).toBe('https://cdn.sanity.io')
  expect(url.pathname).toBe('/images/abc123/production/abc123-800x600.jpg')
  expect(Object.fromEntries(url.searchParams)).toEqual({
    // The crop leaves x 200–800, y 60–540 (600 × 480); the 480 square centred on the hotspot's x (480).
    rect: '240,60,480,480',
    w: '320',
    h: '320',
    fit: 'crop',
    auto: 'format',
  })
})

test('without crop or hotspot the whole image is cut around its centre', () => {
  const url = new URL(
    sanityImageUrl({ ...image, crop: null, hotspot: null }, source, { width: 100, height: 100 }, 2),
  )

  expect(url.searchParams.get('rect')).toBe('100,0,600,600')
  expect(url.searchParams.get('w')).toBe('200')
})

test("the asset's size comes from its id; a box without height keeps the cropped aspect ratio", () => {
  expect(assetSize(image)).toEqual({ width: 800, height: 600 })
  // 600 × 480 after the crop.
  expect(imageBox(image, 200)).toEqual({ width: 200, height: 160 })
  expect(imageBox({ ...image, crop: null }, 200)).toEqual({ width: 200, height: 150 })
  expect(imageBox(image, 200, 50)).toEqual({ width: 200, height: 50 })
})
