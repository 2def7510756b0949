import { createContentApi } from './content-api'
import { createDraftContentApi, createPreviewSecretClient, type HostedContentConfig } from './draft'
import { createHostedSource } from './source/hosted-source'
import type { SanityDocument } from './source/load-dataset'
import { writeDatasetVariant } from './testing/dataset-variant'
import { startLocalContentLake, type LocalContentLake } from './testing/local-content-lake'

const draftTitle = 'Utkast: ny rubrik som bara förhandsgranskningen får visa'
let lake: LocalContentLake
let slug: string
let publishedTitle: string

beforeAll(async () => {
  const path = await writeDatasetVariant((documents) => {
    const event = documents.find((doc) => doc._type === 'event') as SanityDocument
    slug = (event.slug as { current: string }).current
    publishedTitle = event.title as string
    return [...documents, { ...event, _id: `drafts.${event._id}`, title: draftTitle }]
  })
  lake = await startLocalContentLake('production', path)
})
afterAll(() => lake.close())

const hosted = (): HostedContentConfig => ({
  source: 'hosted',
  projectId: 'preview',
  dataset: 'production',
  apiVersion: '2025-02-19',
  apiHost: lake.url,
})

test('the draft api reads drafts over published documents, with the token', async () => {
  const from = lake.requests.length
  const api = createDraftContentApi(hosted(), 'sk-viewer-token')
  expect((await api?.getEventPage(slug))?.title).toBe(draftTitle)

  const requests = lake.requests.slice(from)
  expect(requests.length).toBeGreaterThan(0)
  for (const request of requests) expect(request).toContain('perspective=drafts')
  expect(lake.authorizations.slice(from)).toEqual(requests.map(() => 'Bearer sk-viewer-token'))
})

test('the published source never asks for drafts and sends no token', async () => {
  const from = lake.requests.length
  const api = createContentApi(createHostedSource(hosted()))
  expect((await api.getEventPage(slug))?.title).toBe(publishedTitle)

  const requests = lake.requests.slice(from)
  expect(requests.length).toBeGreaterThan(0)
  for (const request of requests) expect(request).toContain('perspective=published')
  expect(lake.authorizations.slice(from)).toEqual(requests.map(() => undefined))
})

test('the bundled dataset has no drafts to preview', () => {
  expect(createDraftContentApi({ source: 'embedded' }, 'sk-viewer-token')).toBeNull()
  expect(createPreviewSecretClient({ source: 'embedded' }, 'sk-viewer-token')).toBeNull()
})

test('the preview-secret client carries the token and bypasses the CDN', () => {
  const client = createPreviewSecretClient(hosted(), 'sk-viewer-token')
  expect(client?.config()).toMatchObject({ token: 'sk-viewer-token', useCdn: false })
})
