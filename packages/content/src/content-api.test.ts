import { createContentApi } from './content-api'
import { reads } from './reads'
import { bundledDatasetPath } from './source/bundled-dataset'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'

/**
 * The embedded source, counting the queries that reach it; as `hosted`, it stands for a source whose
 * answers may change between two queries.
 */
function countingEmbeddedSource(kind: ContentSource['kind'] = 'embedded') {
  const source = createEmbeddedSource(bundledDatasetPath)
  const queries: string[] = []
  const counting: ContentSource = {
    kind,
    fetch: (query, params, options) => {
      queries.push(query)
      return source.fetch(query, params, options)
    },
  }
  return { source: counting, queries }
}

test('the bundled dataset answers made-up addresses without a query, after one read of its addresses', async () => {
  const { source, queries } = countingEmbeddedSource()
  const api = createContentApi(source)
  const made = Array.from({ length: 20 }, (_, index) => `finns-inte-${index}`)
  for (const slug of made) {
    await expect(api.getSpeakerPage(slug)).resolves.toBeNull()
    await expect(api.getEventPage(slug)).resolves.toBeNull()
    await expect(api.getTalkPage(slug, slug)).resolves.toBeNull()
    await expect(api.findMoved('organisation', slug)).resolves.toBeNull()
    await expect(api.findMovedTalk(slug, slug)).resolves.toBeNull()
  }
  expect(queries).toHaveLength(1)

  // A real address still reads its page.
  const [slug] = await api.listSpeakerSlugs()
  const before = queries.length
  expect((await api.getSpeakerPage(slug ?? ''))?.slug).toBe(slug)
  expect(queries.length).toBe(before + 1)
})

test('the bundled dataset answers a read without arguments from one query per process', async () => {
  const { source, queries } = countingEmbeddedSource()
  const api = createContentApi(source)
  const first = await api.listSitePages()
  await api.listSitePages()
  expect(await api.listSitePages()).toBe(first)
  expect(queries).toHaveLength(1)
  // Shared by every caller, so no caller may change it.
  expect(() => (first.documents as unknown[]).pop()).toThrow(TypeError)

  await api.listEventOrder()
  await api.listEventOrder()
  expect(queries).toHaveLength(2)
  // A read with arguments (a page of a list, by its ids) is asked every time.
  await api.getEventsPage([])
  await api.getEventsPage([])
  expect(queries).toHaveLength(4)
})

test('no read without arguments asks the clock, so keeping its result for the process is right', () => {
  const clockReads = Object.entries(reads).filter(([, read]) => read.query.includes('now()'))
  // An event's page says whether it is still upcoming: a read with arguments, asked anew each time.
  expect(clockReads.map(([name]) => name)).toEqual(['getEventPage'])
  for (const [, read] of clockReads) expect(read.params.length).toBeGreaterThan(0)
})

test('a hosted source is asked every time: a publish may have changed the answer', async () => {
  const { source, queries } = countingEmbeddedSource('hosted')
  const api = createContentApi(source)
  await api.listSitePages()
  await api.listSitePages()
  expect(queries).toHaveLength(2)
})
