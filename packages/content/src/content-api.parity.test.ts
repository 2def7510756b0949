import { createContentApi, type ContentApi } from './content-api'
import { bundledDatasetPath } from './source/bundled-dataset'
import { createEmbeddedSource } from './source/embedded-source'
import { createHostedSource } from './source/hosted-source'
import { startLocalContentLake, type LocalContentLake } from './testing/local-content-lake'

const apiVersion = '2025-02-19'
let lake: LocalContentLake
let embedded: ContentApi
let hosted: ContentApi

beforeAll(async () => {
  lake = await startLocalContentLake('production', bundledDatasetPath)
  embedded = createContentApi(createEmbeddedSource(bundledDatasetPath))
  hosted = createContentApi(
    createHostedSource({ projectId: 'parity', dataset: 'production', apiVersion, apiHost: lake.url }),
  )
})

afterAll(() => lake.close())

/** Every function the site can call, with the arguments to call it with: a new one must be added here. */
async function callsFor(api: ContentApi): Promise<Record<keyof ContentApi, () => Promise<unknown>>> {
  const [articleSlug] = await embedded.listArticleSlugs()
  const [eventSlug] = await embedded.listEventSlugs()
  if (!articleSlug || !eventSlug) throw new Error('the bundled dataset has no article or event')
  return {
    getHomePage: () => api.getHomePage(),
    getArticlePage: () => api.getArticlePage(articleSlug),
    listArticleSlugs: () => api.listArticleSlugs(),
    getEventPage: () => api.getEventPage(eventSlug),
    listEventSlugs: () => api.listEventSlugs(),
  }
}

test('every query of the site gives the same result from the embedded and the hosted source', async () => {
  const embeddedCalls = await callsFor(embedded)
  const hostedCalls = await callsFor(hosted)
  expect(Object.keys(embeddedCalls).sort()).toEqual(Object.keys(embedded).sort())

  for (const name of Object.keys(embeddedCalls) as (keyof ContentApi)[]) {
    const fromEmbedded = await embeddedCalls[name]()
    expect(fromEmbedded).toBeTruthy()
    expect({ name, result: await hostedCalls[name]() }).toEqual({ name, result: fromEmbedded })
  }
  // The hosted answers really came over HTTP, with the pinned API version and the published perspective.
  expect(lake.requests.length).toBeGreaterThanOrEqual(Object.keys(embeddedCalls).length)
  for (const request of lake.requests) {
    expect(request).toMatch(
      new RegExp(`^GET /v${apiVersion}/data/query/production\\?.*perspective=published`),
    )
  }
})

test('an unknown slug is not found in both sources', async () => {
  await expect(embedded.getEventPage('finns-inte')).resolves.toBeNull()
  await expect(hosted.getEventPage('finns-inte')).resolves.toBeNull()
  await expect(embedded.getArticlePage('finns-inte')).resolves.toBeNull()
  await expect(hosted.getArticlePage('finns-inte')).resolves.toBeNull()
})
