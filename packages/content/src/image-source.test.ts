import { readContentConfig } from './env'
import { imageSource } from './image-source'

test('hosted: the project and dataset of the image CDN', () => {
  const config = readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })
  expect(imageSource(config)).toEqual({ projectId: 'abc123', dataset: 'production' })
})

test('embedded: no image source, the site shows its fallback', () => {
  expect(imageSource(readContentConfig({}))).toBeNull()
})
