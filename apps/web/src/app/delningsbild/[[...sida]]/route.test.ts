/** @jest-environment node */
import { GET, generateStaticParams } from './route'

const get = (sida?: string[]) =>
  GET(new Request('http://localhost/delningsbild'), { params: Promise.resolve({ sida }) })

test('every page has its image, the start page at the root', async () => {
  const params = await generateStaticParams()

  expect(params).toContainEqual({ sida: [] })
  expect(params).toContainEqual({ sida: ['talare', 'jan-bohman'] })
  expect(params).toContainEqual({
    sida: [
      'evenemang',
      'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
      'ovakos-vatgassatsning-i-hofors',
    ],
  })
})

// The images themselves are drawn by next/og, whose renderer jest cannot load: the e2e suite
// (share-images.test.ts) reads them from the production server.
test.each([[['talare', 'finns-inte']], [['talare', 'jan-bohman', 'mer']], [['api', 'revalidate']]])(
  'an address that is no page has no image (%j)',
  async (sida) => {
    expect((await get(sida)).status).toBe(404)
  },
)
