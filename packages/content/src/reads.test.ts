import { listAddresses } from './pages/addresses'
import { runRead, type Read } from './read'
import { reads } from './reads'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'
import { captureContentErrors } from './testing/capture-content-errors'
import { writeDatasetVariant } from './testing/dataset-variant'
import { articleKinds } from './vocabularies'

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

type Reads = typeof reads
type ArgsOf<R> = R extends Read<infer Args, unknown> ? Args : never

/** The reads that take arguments; the rest are run once without. */
type ReadsWithArguments = {
  [Name in keyof Reads]: ArgsOf<Reads[Name]> extends [] ? never : Name
}[keyof Reads]

/** An old slug for every document with an address (the bundled dataset has none), for redirects to find. */
const renamed = (slug: string) => `tidigare-${slug}`

let source: ContentSource
beforeAll(async () => {
  const path = await writeDatasetVariant((documents) =>
    documents.map((doc) => {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      return slug && doc._type !== 'association' ? { ...doc, previousSlugs: [renamed(slug)] } : doc
    }),
  )
  source = createEmbeddedSource(path)
})

/** Every argument list each read that takes arguments is called with: every address of the dataset. */
async function argumentsOfEachRead(): Promise<{ [Name in ReadsWithArguments]: ArgsOf<Reads[Name]>[] }> {
  const addresses = await runRead(listAddresses, source)
  const slugs = addresses.flatMap((address) => (address.type === 'talk' ? [] : [address]))
  const talks = addresses.flatMap((address) =>
    address.type === 'talk' ? [[address.event, address.talk] as [string, string]] : [],
  )
  const slugsOf = (type: string) =>
    slugs.flatMap((address) => (address.type === type ? [[address.slug] as [string]] : []))
  return {
    getArticlePage: slugsOf('article'),
    listArticles: [[], [null], ...articleKinds.values.map((kind) => [kind] as [typeof kind])],
    getEventPage: slugsOf('event'),
    getTalkPage: talks,
    getSpeakerPage: slugsOf('speaker'),
    getOrganisationPage: slugsOf('organisation'),
    findMoved: slugs.map(({ type, slug }) => [type, slug]),
    findMovedTalk: talks,
  }
}

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
  const argumentsOf: Partial<Record<keyof Reads, unknown[][]>> = await argumentsOfEachRead()
  const dropped = new Set<string>()
  let results = 0
  for (const [name, declared] of Object.entries(reads)) {
    const read = declared as Read<unknown[], unknown>
    for (const args of argumentsOf[name as keyof Reads] ?? [[]]) {
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
