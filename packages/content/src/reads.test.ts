import type { Read } from './read'
import { reads } from './reads'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'
import { captureContentErrors } from './testing/capture-content-errors'
import { argumentsOfEachRead, writeRenamedDataset, type ReadName } from './testing/read-arguments'

// resultOf (validate.ts) fails to compile when a schema drops a key TypeGen says its query projects.
// Past a transform that reads unknown values (a link target is checked by its type's summary) the
// types cannot see; this test can. Every declared read runs against the bundled dataset, at every
// address it has, and each key of the query's raw result must still be in the parsed one.

/**
 * Keys a schema drops on purpose, each with the reason. Empty: no schema drops any key now.
 * An entry is a path as the test reports it, e.g. `getSpeakerPage .talks[].roles`.
 */
const droppedOnPurpose: string[] = []

const errors = captureContentErrors()

let source: ContentSource
beforeAll(async () => {
  source = createEmbeddedSource(await writeRenamedDataset())
})

/** The paths (`.talks[].roles`) of the keys `raw` has and `parsed`, at the same place, lacks. */
function droppedKeys(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw)) {
    const items: unknown[] = Array.isArray(parsed) ? parsed : []
    return raw.flatMap((item, index) => droppedKeys(item, items[index], `${path}[]`))
  }
  if (typeof raw !== 'object' || raw === null) return []
  const kept: Record<string, unknown> = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {}
  return Object.entries(raw).flatMap(([key, value]) =>
    key in kept ? droppedKeys(value, kept[key], `${path}.${key}`) : [`${path}.${key}`],
  )
}

test('every key a read projects reaches the site, at every address of the dataset', async () => {
  const argumentsOf = await argumentsOfEachRead(source)
  const dropped = new Set<string>()
  let results = 0
  for (const [name, declared] of Object.entries(reads)) {
    const read = declared as Read<unknown[], unknown>
    for (const args of argumentsOf[name as ReadName] ?? [[]]) {
      const raw = await source.fetch(read.query, read.params(...args))
      for (const path of droppedKeys(raw, read.schema.parse(raw))) dropped.add(`${name} ${path}`)
      if (raw !== null) results += 1
    }
  }

  // A value dropped as invalid loses its keys too: the dataset must be valid for the comparison to hold.
  expect(errors).toEqual([])
  expect(results).toBeGreaterThan(100)
  expect([...dropped].filter((path) => !droppedOnPurpose.includes(path))).toEqual([])
})
