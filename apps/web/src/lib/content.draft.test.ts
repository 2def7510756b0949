/** @jest-environment node */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundledDatasetPath, parseNdjson } from '@bergslaget/content/dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'

import type * as PageReads from './content'

// The page reads of a site configured for a hosted project with a read token, against a local
// Content Lake holding an event and a draft of it. Only Next's draftMode() is replaced.
const mockDraftMode = { isEnabled: false }
jest.mock('next/headers', () => ({ draftMode: async () => mockDraftMode }))

const draftTitle = 'Utkast: rubriken som bara förhandsgranskningen visar'
let lake: LocalContentLake
let slug: string
let publishedTitle: string
let pages: typeof PageReads

beforeAll(async () => {
  const documents = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  const event = documents.find((doc) => doc._type === 'event')
  if (!event) throw new Error('the bundled dataset has no event')
  slug = (event.slug as { current: string }).current
  publishedTitle = event.title as string
  const path = join(await mkdtemp(join(tmpdir(), 'draft-pages-')), 'dataset.ndjson')
  const withDraft = [...documents, { ...event, _id: `drafts.${event._id}`, title: draftTitle }]
  await writeFile(path, withDraft.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  lake = await startLocalContentLake('production', path)

  const env = {
    SANITY_PROJECT_ID: 'preview',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_API_READ_TOKEN: 'sk-viewer-token',
  }
  const saved = process.env
  process.env = { ...saved, ...env }
  try {
    jest.isolateModules(() => {
      pages = jest.requireActual<typeof PageReads>('./content')
    })
  } finally {
    process.env = saved
  }
})
afterAll(() => lake.close())

test('with draft mode off, pages read published content without the token', async () => {
  mockDraftMode.isEnabled = false
  const from = lake.requests.length
  expect((await pages.content.getEventPage(slug))?.title).toBe(publishedTitle)
  expect(lake.requests.slice(from).every((request) => !request.includes('perspective=drafts'))).toBe(true)
  expect(lake.authorizations.slice(from).every((header) => header === undefined)).toBe(true)
})

test('with draft mode on, pages read drafts with the token', async () => {
  mockDraftMode.isEnabled = true
  const from = lake.requests.length
  expect((await pages.content.getEventPage(slug))?.title).toBe(draftTitle)
  expect(lake.requests.slice(from)).not.toHaveLength(0)
  expect(lake.requests.slice(from).every((request) => request.includes('perspective=drafts'))).toBe(true)
  expect(lake.authorizations.slice(from).every((header) => header === 'Bearer sk-viewer-token')).toBe(true)
})

test('the pages that exist are the published ones, whatever draft mode says', async () => {
  mockDraftMode.isEnabled = true
  const from = lake.requests.length
  expect(await pages.publishedContent.listEventSlugs()).toContain(slug)
  expect(lake.requests.slice(from).every((request) => request.includes('perspective=published'))).toBe(true)
})
