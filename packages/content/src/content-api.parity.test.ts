import { createContentApi, type ContentApi } from './content-api'
import { createEmbeddedSource } from './source/embedded-source'
import { createHostedSource } from './source/hosted-source'
import { startLocalContentLake, type LocalContentLake } from './testing/local-content-lake'
import { argumentsOfEachRead, renamed, writeRenamedDataset, type ReadName } from './testing/read-arguments'
import { readArchive } from './testing/rebuilt-site'

// Every query runs twice, once over HTTP; under a full parallel `npm test` that outgrows jest's 5 s default.
jest.setTimeout(30_000)

const apiVersion = '2025-02-19'
let lake: LocalContentLake
let embedded: ContentApi
let hosted: ContentApi
let path: string

beforeAll(async () => {
  path = await writeRenamedDataset()
  lake = await startLocalContentLake('production', path)
  embedded = createContentApi(createEmbeddedSource(path))
  hosted = createContentApi(
    createHostedSource({ projectId: 'parity', dataset: 'production', apiVersion, apiHost: lake.url }),
  )
})

afterAll(() => lake.close())

/**
 * Every function the site can call, each with the first arguments the dataset gives it
 * (read-arguments.ts); one that needs arguments and gets none returns nothing and fails below.
 */
async function callsFor(api: ContentApi): Promise<Record<keyof ContentApi, () => Promise<unknown>>> {
  const argumentsOf = await argumentsOfEachRead(createEmbeddedSource(path))
  const calls = Object.keys(api).map((name) => {
    const [args = []] = argumentsOf[name as ReadName] ?? []
    const call = api[name as ReadName] as (...args: unknown[]) => Promise<unknown>
    return [name, () => call(...args)]
  })
  return Object.fromEntries(calls) as Record<keyof ContentApi, () => Promise<unknown>>
}

test('every query of the site gives the same result from the embedded and the hosted source', async () => {
  const embeddedCalls = await callsFor(embedded)
  const hostedCalls = await callsFor(hosted)

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

test('an old address leads to the document that had it, in both sources', async () => {
  for (const api of [embedded, hosted]) {
    const [talk] = await api.listTalkParams()
    if (!talk) throw new Error('the bundled dataset has no talk')
    await expect(api.findMoved('event', renamed(talk.event))).resolves.toBe(talk.event)
    // Old event, old talk, or both: every combination leads to the talk's one address.
    for (const [event, slug] of [
      [renamed(talk.event), talk.talk],
      [talk.event, renamed(talk.talk)],
      [renamed(talk.event), renamed(talk.talk)],
    ] as const) {
      await expect(api.findMovedTalk(event, slug)).resolves.toEqual(talk)
    }
    // A current address has not moved, and an address nobody had leads nowhere.
    await expect(api.findMovedTalk(talk.event, talk.talk)).resolves.toBeNull()
    await expect(api.findMoved('event', talk.event)).resolves.toBeNull()
    await expect(api.findMoved('speaker', 'finns-inte')).resolves.toBeNull()
  }
})

test('an unknown slug is not found in both sources', async () => {
  await expect(embedded.getEventPage('finns-inte')).resolves.toBeNull()
  await expect(hosted.getEventPage('finns-inte')).resolves.toBeNull()
  await expect(embedded.getArticlePage('finns-inte')).resolves.toBeNull()
  await expect(hosted.getArticlePage('finns-inte')).resolves.toBeNull()
})

test('the article list filtered by kind is the same in both sources', async () => {
  for (const kind of ['news', 'seminarReport'] as const) {
    const fromEmbedded = await readArchive(embedded, kind)
    expect(fromEmbedded.every((article) => article.kind === kind)).toBe(true)
    await expect(readArchive(hosted, kind)).resolves.toEqual(fromEmbedded)
  }
  expect(await readArchive(embedded, 'seminarReport')).toHaveLength(1)
  expect(await readArchive(embedded, 'news')).toEqual([])
})
