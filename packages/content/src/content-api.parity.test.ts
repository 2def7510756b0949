import { createContentApi, type ContentApi } from './content-api'
import { createEmbeddedSource } from './source/embedded-source'
import { createHostedSource } from './source/hosted-source'
import { writeDatasetVariant } from './testing/dataset-variant'
import { startLocalContentLake, type LocalContentLake } from './testing/local-content-lake'

// Every query runs twice, once over HTTP; under a full parallel `npm test` that outgrows jest's 5 s default.
jest.setTimeout(30_000)

const apiVersion = '2025-02-19'
let lake: LocalContentLake
let embedded: ContentApi
let hosted: ContentApi

/** Each renamed once: the bundled dataset with an old slug on every document that has an address. */
const renamed = (slug: string) => `tidigare-${slug}`

beforeAll(async () => {
  const path = await writeDatasetVariant((documents) =>
    documents.map((doc) => {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      return slug && doc._type !== 'association' ? { ...doc, previousSlugs: [renamed(slug)] } : doc
    }),
  )
  lake = await startLocalContentLake('production', path)
  embedded = createContentApi(createEmbeddedSource(path))
  hosted = createContentApi(
    createHostedSource({ projectId: 'parity', dataset: 'production', apiVersion, apiHost: lake.url }),
  )
})

afterAll(() => lake.close())

/** Every function the site can call, with the arguments to call it with: a new one must be added here. */
async function callsFor(api: ContentApi): Promise<Record<keyof ContentApi, () => Promise<unknown>>> {
  const [articleSlug] = await embedded.listArticleSlugs()
  const [eventSlug] = await embedded.listEventSlugs()
  const [talk] = await embedded.listTalkParams()
  const [speakerSlug] = await embedded.listSpeakerSlugs()
  const [organisationSlug] = await embedded.listOrganisationSlugs()
  if (!speakerSlug || !organisationSlug) throw new Error('the bundled dataset has no speaker or organisation')
  if (!articleSlug || !eventSlug || !talk)
    throw new Error('the bundled dataset has no article, event or talk')
  return {
    getHomePage: () => api.getHomePage(),
    getArticlePage: () => api.getArticlePage(articleSlug),
    listArticleSlugs: () => api.listArticleSlugs(),
    listArticles: () => api.listArticles(),
    getAboutPage: () => api.getAboutPage(),
    getSiteSettings: () => api.getSiteSettings(),
    getEventPage: () => api.getEventPage(eventSlug),
    listEventSlugs: () => api.listEventSlugs(),
    getEventsPage: () => api.getEventsPage(),
    getTalkPage: () => api.getTalkPage(talk.event, talk.talk),
    listTalkParams: () => api.listTalkParams(),
    getSpeakersPage: () => api.getSpeakersPage(),
    getSpeakerPage: () => api.getSpeakerPage(speakerSlug),
    listSpeakerSlugs: () => api.listSpeakerSlugs(),
    getOrganisationsPage: () => api.getOrganisationsPage(),
    getOrganisationPage: () => api.getOrganisationPage(organisationSlug),
    listOrganisationSlugs: () => api.listOrganisationSlugs(),
    findMoved: () => api.findMoved('speaker', renamed(speakerSlug)),
    findMovedTalk: () => api.findMovedTalk(renamed(talk.event), talk.talk),
    listOldAddresses: () => api.listOldAddresses(),
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
    const fromEmbedded = await embedded.listArticles(kind)
    expect(fromEmbedded.every((article) => article.kind === kind)).toBe(true)
    await expect(hosted.listArticles(kind)).resolves.toEqual(fromEmbedded)
  }
  expect(await embedded.listArticles('seminarReport')).toHaveLength(1)
  expect(await embedded.listArticles('news')).toEqual([])
})
