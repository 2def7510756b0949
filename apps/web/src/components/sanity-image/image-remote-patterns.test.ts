import type { ContentConfig } from '@bergslaget/content/config'
import { hasRemoteMatch } from 'next/dist/shared/lib/match-remote-pattern'

import { imageRemotePatterns } from './image-remote-patterns'
import { sanityImageUrl } from './sanity-image-url'

// Checked with Next's own matcher (an internal module, read only here), as the image optimiser applies
// the patterns: which addresses it would fetch and resize for anyone who asks /_next/image for them.

const hosted: ContentConfig = {
  source: 'hosted',
  projectId: 'abc123',
  dataset: 'production',
  apiVersion: '2025-02-19',
}

const fetches = (config: ContentConfig, url: string) =>
  hasRemoteMatch([], imageRemotePatterns(config), new URL(url))

test("fetches the images the site shows: the project's dataset on Sanity's image CDN", () => {
  const image = { asset: { _ref: 'image-f00d-800x600-jpg' }, crop: null, hotspot: null, alt: null }
  const url = sanityImageUrl(image, hosted, { width: 160, height: 120 })

  expect(fetches(hosted, url)).toBe(true)
})

test.each([
  ['another project', 'https://cdn.sanity.io/images/other1/production/f00d-800x600.jpg'],
  ['another dataset of the project', 'https://cdn.sanity.io/images/abc123/staging/f00d-800x600.jpg'],
  ['a dataset named like it', 'https://cdn.sanity.io/images/abc123/production-copy/f00d-800x600.jpg'],
  ['a path that climbs out of it', 'https://cdn.sanity.io/images/abc123/production/../../x/production/f.jpg'],
  ['a file that is no image', 'https://cdn.sanity.io/files/abc123/production/f00d.pdf'],
  ['plain http', 'http://cdn.sanity.io/images/abc123/production/f00d-800x600.jpg'],
  ['another host', 'https://cdn.example/images/abc123/production/f00d-800x600.jpg'],
])('does not fetch an image of %s', (_what, url) => {
  expect(fetches(hosted, url)).toBe(false)
})

test('fetches no remote image with the bundled dataset, which has no image files', () => {
  expect(imageRemotePatterns({ source: 'embedded' })).toEqual([])
})
