/** @jest-environment node */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { SanityDocument } from '@bergslaget/content/dataset'
import { generateDocuments } from '@bergslaget/content/testing/generated-dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'

import { hostedPrerenderPerType } from './prerendered'

// What a build from the Content Lake prerenders: the detail routes' generateStaticParams, run against a
// local Content Lake holding a generated archive several times larger than what is prerendered, each
// document changed at its own time. The build must not ask one query per document.

// More of each type than a hosted build prerenders.
const size = { events: 60, talks: 240, speakers: 150, organisations: 90, articles: 60 }

// The local Content Lake answers with groq-js unplanned, a scan per filter: slower than the real one.
jest.setTimeout(60_000)

type Routes = Record<string, { generateStaticParams: () => Promise<Record<string, unknown>[]> }>

let lake: LocalContentLake
let documents: SanityDocument[]
let routes: Routes

beforeAll(async () => {
  // The n-th document of a type changed n minutes into 2026, so the newest of each type are known.
  documents = generateDocuments(size).map((doc, index) => ({
    ...doc,
    _updatedAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
  }))
  const path = join(await mkdtemp(join(tmpdir(), 'hosted-prerender-')), 'dataset.ndjson')
  await writeFile(path, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  lake = await startLocalContentLake('production', path)
  const saved = process.env
  process.env = {
    ...saved,
    SANITY_PROJECT_ID: 'prerender',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
  }
  try {
    jest.isolateModules(() => {
      routes = {
        speaker: jest.requireActual('@/app/talare/[slug]/page'),
        organisation: jest.requireActual('@/app/organisationer/[slug]/page'),
        event: jest.requireActual('@/app/evenemang/[slug]/page'),
        talk: jest.requireActual('@/app/evenemang/[slug]/[talk]/page'),
        article: jest.requireActual('@/app/nyheter/[slug]/page'),
        calendar: jest.requireActual('@/app/evenemang/[slug]/kalender.ics/route'),
        shareImage: jest.requireActual('@/app/delningsbild/[[...sida]]/route'),
      }
    })
  } finally {
    process.env = saved
  }
}, 60_000)
afterAll(() => lake.close())

/** The slugs of a type's documents, most recently changed first. */
function newestSlugs(type: string): string[] {
  return documents
    .filter((doc) => doc._type === type)
    .sort((a, b) => String(b._updatedAt).localeCompare(String(a._updatedAt)))
    .map((doc) => (doc.slug as { current: string }).current)
}

test('a hosted build prerenders the pages of the most recently changed documents of each type, a few queries per route', async () => {
  const prerendered: Record<string, Record<string, unknown>[]> = {}
  const queries: Record<string, number> = {}
  for (const [name, route] of Object.entries(routes)) {
    const from = lake.requests.length
    prerendered[name] = await route.generateStaticParams()
    // One read of the pages that exist, one of the old addresses, one of the recently changed.
    queries[name] = lake.requests.length - from
  }
  const counts = Object.fromEntries(
    Object.entries(prerendered).map(([name, params]) => [name, params.length]),
  )
  expect((prerendered.speaker ?? []).map(({ slug }) => slug).sort()).toEqual(
    newestSlugs('speaker').slice(0, hostedPrerenderPerType).sort(),
  )
  expect(counts).toEqual({
    speaker: hostedPrerenderPerType,
    organisation: hostedPrerenderPerType,
    event: hostedPrerenderPerType,
    talk: hostedPrerenderPerType,
    article: hostedPrerenderPerType,
    // Those of the 50 newest events that have a fixed date.
    calendar: expect.any(Number),
    // Each prerendered document page's, and those of the pages no document has: lists, archive, home.
    shareImage: expect.any(Number),
  })
  expect(counts.calendar).toBeLessThanOrEqual(hostedPrerenderPerType)
  expect(counts.shareImage).toBeGreaterThan(5 * hostedPrerenderPerType)
  expect(counts.shareImage).toBeLessThan(5 * hostedPrerenderPerType + 40)
  expect(Math.max(...Object.values(queries))).toBeLessThanOrEqual(3)
  // Far fewer than the documents of the archive.
  expect(documents.length).toBeGreaterThan(500)
})
