// What each read the site's pages and routes call (reads.ts) costs in the embedded source (groq-js), on
// the bundled dataset and on generated ones of about 4,000 and 20,000 documents (issue 12). Run with
// `npm run bench:queries` in packages/content; it prints one table of median milliseconds per read,
// with the time to load each dataset and the process's peak memory. It measures only: several reads
// take tens of seconds at 20,000 documents, so that size gets fewer runs and a cap per read.
import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'

import { createContentApi } from '../src/content-api'
import { reads } from '../src/reads'
import { bundledDatasetPath } from '../src/source/bundled-dataset'
import type { ContentSource } from '../src/source/content-source'
import { createEmbeddedSource } from '../src/source/embedded-source'
import { loadDataset, type LoadedDataset, type SanityDocument } from '../src/source/load-dataset'
import { benchmarkDatasetSizeTimes, writeGeneratedDataset } from '../src/testing/generated-dataset'
import type { ReadName } from '../src/testing/read-arguments'

jest.setTimeout(3_600_000)

/** Past this much time on one read (its warm-up included), no further run is started. */
const capMs = 60_000

const sizes = [
  { write: async () => bundledDatasetPath, runs: 5 },
  { write: () => writeGeneratedDataset(benchmarkDatasetSizeTimes(1)), runs: 5 },
  { write: () => writeGeneratedDataset(benchmarkDatasetSizeTimes(5)), runs: 3 },
]

/** The documents the page reads are called for, picked from each dataset by the same rule. */
interface Picked {
  article: string
  event: string
  talk: string
  speaker: string
  organisation: string
  infoPage: string
}

/** How many ids a page read of a list is timed with: no page of the site's lists shows more. */
const pageSize = 100

/** The ids of the first page of each paginated list, in its order (its order read's). */
interface FirstPages {
  speakers: string[]
  organisations: string[]
  events: string[]
  articles: string[]
}

async function firstPages(source: ContentSource): Promise<FirstPages> {
  const api = createContentApi(source)
  const first = (entries: readonly { _id: string }[]) => entries.slice(0, pageSize).map(({ _id }) => _id)
  return {
    speakers: first(await api.listSpeakerOrder()),
    organisations: first(await api.listOrganisationOrder()),
    events: first(await api.listEventOrder()),
    articles: first(await api.listArticleOrder()),
  }
}

/**
 * Each read that takes arguments: which ones, in words for the table and as values per dataset. The
 * biggest event, speaker and organisation are the pages with the most to gather. findMoved and
 * findMovedTalk get a current address (no dataset has old slugs): it passes the API's address gate, and
 * the query then looks through the type for a document that had it, which is its cost for any address.
 * A list's page read gets the ids of the list's first page, as its order read gives them (a list page
 * runs both: the order read, kept for the process after the first, and the page read).
 * Reads not named here are called without arguments, as the site calls them.
 */
const argumentsOf: Partial<
  Record<ReadName, { label: string; args: (picked: Picked, pages: FirstPages) => unknown[] }>
> = {
  getArticlePage: { label: 'the first article', args: (p) => [p.article] },
  getEventPage: { label: 'the event with the most talks', args: (p) => [p.event] },
  getEventsPage: { label: `the first ${pageSize} ids`, args: (_, pages) => [pages.events] },
  getArticlesPage: { label: `the first ${pageSize} ids`, args: (_, pages) => [pages.articles] },
  getSpeakersPage: { label: `the first ${pageSize} ids`, args: (_, pages) => [pages.speakers] },
  getOrganisationsPage: { label: `the first ${pageSize} ids`, args: (_, pages) => [pages.organisations] },
  getTalkPage: { label: 'a talk of that event', args: (p) => [p.event, p.talk] },
  getSpeakerPage: { label: 'the speaker with the most talks', args: (p) => [p.speaker] },
  getOrganisationPage: { label: 'the organisation with the most speakers', args: (p) => [p.organisation] },
  findMoved: { label: "that speaker's current slug", args: (p) => ['speaker', p.speaker] },
  findMovedTalk: { label: "that talk's current address", args: (p) => [p.event, p.talk] },
  searchSite: { label: '"kommun"', args: () => ['kommun'] },
  getInfoPage: { label: 'the first page editors own', args: (p) => [p.infoPage] },
}

const slugOf = (doc: SanityDocument | undefined) =>
  (doc?.slug as { current?: string } | undefined)?.current ?? ''

/** The ids a reference points at, or those of each member's `key` reference in an array of them. */
function refs(value: unknown, key?: string): string[] {
  const references = key ? (Array.isArray(value) ? value.map((member) => member?.[key]) : []) : [value]
  return references.flatMap((reference) => {
    const id = (reference as { _ref?: unknown } | undefined)?._ref
    return typeof id === 'string' ? [id] : []
  })
}

/** The document that the references of `from` point at most often (the first of a tie). */
function mostReferenced(
  { byId }: LoadedDataset,
  from: SanityDocument[],
  refsOf: (doc: SanityDocument) => string[],
): SanityDocument | undefined {
  const counts = new Map<string, number>()
  for (const id of from.flatMap(refsOf)) counts.set(id, (counts.get(id) ?? 0) + 1)
  const [top] = [...counts].sort((a, b) => b[1] - a[1])
  return top && byId.get(top[0])
}

function pick(dataset: LoadedDataset): Picked {
  const ofType = (type: string) => dataset.documents.filter((doc) => doc._type === type)
  const talks = ofType('talk')
  const event = mostReferenced(dataset, talks, (talk) => refs(talk.event))
  return {
    article: slugOf(ofType('article')[0]),
    event: slugOf(event),
    talk: slugOf(talks.find((talk) => refs(talk.event)[0] === event?._id)),
    speaker: slugOf(mostReferenced(dataset, talks, (talk) => refs(talk.speakers, 'speaker'))),
    organisation: slugOf(
      mostReferenced(dataset, ofType('speaker'), (speaker) => refs(speaker.affiliations, 'organisation')),
    ),
    infoPage: slugOf(ofType('infoPage')[0]),
  }
}

interface Timing {
  times: number[]
  capped: boolean
  /** The warm-up call's result was null: the read found nothing to show. */
  empty: boolean
}

/**
 * Times one read through the content API after a warm-up call, which loads the dataset, parses the
 * query and fills the API's address gate, costs a site pays once per process. The API keeps the result
 * of a read without arguments for the process (content-api.ts), so such a read gets a fresh API per
 * call, created outside the timing: each call then runs the query, as the first one in a process does.
 */
async function timeRead(source: ContentSource, name: ReadName, args: unknown[], runs: number) {
  const api = createContentApi(source)
  const call = async () => {
    const target = args.length === 0 ? createContentApi(source) : api
    const read = target[name] as (...args: unknown[]) => Promise<unknown>
    const start = performance.now()
    const result = await read(...args)
    return { ms: performance.now() - start, result }
  }
  const begin = performance.now()
  const timing: Timing = { times: [], capped: false, empty: (await call()).result === null }
  while (timing.times.length < runs && !timing.capped) {
    if (performance.now() - begin > capMs) timing.capped = true
    else timing.times.push((await call()).ms)
  }
  return timing
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number
const cell = ({ times, capped, empty }: Timing) =>
  `${capped ? `>${capMs / 1000} s` : median(times).toFixed(1)}${empty ? '*' : ' '}`
const thousands = (count: number) => count.toLocaleString('en')

test('page reads, median ms per call in the embedded source', async () => {
  const begin = performance.now()
  const names = Object.keys(reads) as ReadName[]
  const columns: { documents: number; timings: Record<ReadName, Timing>; picked: Picked }[] = []
  const notes: string[] = []
  for (const { write, runs } of sizes) {
    const path = await write()
    const loadStart = performance.now()
    const dataset = await loadDataset(path)
    const loadMs = performance.now() - loadStart
    const picked = pick(dataset)
    const source = createEmbeddedSource(path)
    const pages = await firstPages(source)
    // One read after the other, never two at once: each timing is of that query alone.
    const timings = {} as Record<ReadName, Timing>
    for (const name of names)
      timings[name] = await timeRead(source, name, argumentsOf[name]?.args(picked, pages) ?? [], runs)
    const documents = dataset.documents.length
    columns.push({ documents, timings, picked })
    // maxRSS is in kilobytes, and the peak of the whole process so far (the earlier sizes included).
    notes.push(
      `  ${thousands(documents).padStart(6)} documents: loadDataset ${loadMs.toFixed(0)} ms, ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB after, ${runs} runs per read`,
    )
    if (path !== bundledDatasetPath) await rm(dirname(path), { recursive: true })
  }

  const label = (name: ReadName) => `${name}(${argumentsOf[name]?.label ?? ''})`
  const width = Math.max(...names.map((name) => label(name).length))
  const heads = columns.map(({ documents }) => `${thousands(documents)} docs `.padStart(12))
  const rows = names.map((name) =>
    [label(name).padEnd(width), ...columns.map(({ timings }) => cell(timings[name]).padStart(12))].join(''),
  )
  const footnote = '* answered null: the find reads, since nothing has moved'
  const capped = names.flatMap((name) =>
    columns.flatMap(({ documents, timings }) => {
      const { capped, times } = timings[name]
      const done = times.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ') || 'none'
      return capped
        ? [`  ${name} at ${thousands(documents)} documents: runs done after the warm-up: ${done}`]
        : []
    }),
  )
  const chosen = columns.map(
    ({ documents, picked }) => `  ${thousands(documents).padStart(6)} documents: ${JSON.stringify(picked)}`,
  )
  process.stdout.write(
    [
      '',
      `Page reads, median ms per call (embedded source), ${columns.map((c) => thousands(c.documents)).join(' / ')} ` +
        `documents, node ${process.version}, ${new Date().toISOString()}`,
      `${'read(argument)'.padEnd(width)}${heads.join('')}`,
      ...rows,
      ...(rows.some((row) => row.includes('*')) ? [footnote] : []),
      ...(capped.length ? ['', `Capped at ${capMs / 1000} s per read:`, ...capped] : []),
      '',
      'Datasets:',
      ...notes,
      '',
      'Arguments picked:',
      ...chosen,
      '',
      `Total ${((performance.now() - begin) / 1000).toFixed(0)} s`,
      '',
    ].join('\n'),
  )
  // A page read of an address that found nothing measured the API's answer for a missing page, not its
  // query: the arguments picked must name pages that exist.
  const empty = names.flatMap((name) =>
    columns.flatMap(({ documents, timings }) =>
      name.startsWith('get') && argumentsOf[name] && timings[name].empty ? [`${name} at ${documents}`] : [],
    ),
  )
  expect(empty).toEqual([])
})
