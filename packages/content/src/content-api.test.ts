import { createContentApi } from './content-api'
import { bundledDatasetPath } from './source/bundled-dataset'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'

/** The embedded source, counting the queries that reach it. */
function countingEmbeddedSource() {
  const source = createEmbeddedSource(bundledDatasetPath)
  const queries: string[] = []
  const counting: ContentSource = {
    kind: source.kind,
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
