import { readFile } from 'node:fs/promises'

import { revalidateWebhookBodySchema, tagsToRevalidate } from './cache-tags-webhook'
import { createContentApi } from './content-api'
import { readHomeLists } from './pages/home-page'
import { bundledDatasetPath } from './source/bundled-dataset'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'
import { parseNdjson, type SanityDocument } from './source/load-dataset'
import { captureContentErrors } from './testing/capture-content-errors'
import { writeDatasetVariant } from './testing/dataset-variant'
import { bioEditExample, webhookPayload } from './testing/webhook-payload'

const seminar = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

// A deleted speaker leaves dangling references, which the content layer logs and skips.
captureContentErrors()

let bundled: SanityDocument[]
beforeAll(async () => {
  bundled = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
})

function byId(id: string): SanityDocument {
  const doc = bundled.find((candidate) => candidate._id === id)
  if (!doc) throw new Error(`no ${id} in the bundled dataset`)
  return doc
}

/** Applies `edit` to one document as a publish would, and returns the tags its webhook revalidates. */
async function tagsForEdit(id: string, edit: (doc: SanityDocument) => SanityDocument | null) {
  const before = byId(id)
  const after = edit(before)
  const dataset = bundled.flatMap((doc) => (doc._id !== id ? [doc] : after ? [after] : []))
  const body = revalidateWebhookBodySchema.parse(await webhookPayload({ dataset, before, after }))
  return { dataset, tags: tagsToRevalidate(body) }
}

type Page = { tags: string[]; result: string }

/** Every read the site makes, with the tags the content API put on it and what it returned. */
async function renderEveryPage(datasetPath: string): Promise<Map<string, Page>> {
  const embedded = createEmbeddedSource(datasetPath)
  let tags: string[] = []
  const recording: ContentSource = {
    kind: 'embedded',
    fetch: (query, params, options) => {
      tags.push(...(options?.tags ?? []))
      return embedded.fetch(query, params)
    },
  }
  const api = createContentApi(recording)
  const pages = new Map<string, Page>()
  const read = async (name: string, load: () => Promise<unknown>) => {
    tags = []
    pages.set(name, { result: JSON.stringify(await load()), tags })
    tags = [] // the slug lists read between pages belong to no page
  }
  // The home page shares the lists' order reads, which an API keeps after their first call: its own
  // API, so that its recording has the tags of every read it makes, as the lists' pages have theirs.
  await read('home', async () => {
    const home = createContentApi(recording)
    return { ...(await home.getHomePage()), ...(await readHomeLists(home, new Date())) }
  })
  await read('about', api.getAboutPage)
  await read('footer', api.getSiteSettings)
  // A list as its pages read it: its order, then its entries by id (all of them, as if on one page).
  const ids = (entries: readonly { _id: string }[]) => entries.map(({ _id }) => _id)
  await read('events', async () => api.getEventsPage(ids(await api.listEventOrder())))
  await read('speakers', async () => api.getSpeakersPage(ids(await api.listSpeakerOrder())))
  await read('organisations', async () => api.getOrganisationsPage(ids(await api.listOrganisationOrder())))
  await read('articles', async () => api.getArticlesPage(ids(await api.listArticleOrder())))
  for (const slug of await api.listSpeakerSlugs())
    await read(`speaker ${slug}`, () => api.getSpeakerPage(slug))
  for (const slug of await api.listEventSlugs()) await read(`event ${slug}`, () => api.getEventPage(slug))
  for (const slug of await api.listArticleSlugs())
    await read(`article ${slug}`, () => api.getArticlePage(slug))
  for (const slug of await api.listOrganisationSlugs()) {
    await read(`organisation ${slug}`, () => api.getOrganisationPage(slug))
  }
  for (const { event, talk } of await api.listTalkParams()) {
    await read(`talk ${event}/${talk}`, () => api.getTalkPage(event, talk))
  }
  return pages
}

let pagesBefore: Map<string, Page>
beforeAll(async () => {
  pagesBefore = await renderEveryPage(bundledDatasetPath)
})

/**
 * The pages whose content the edit changes, and those it leaves alone, split by whether the webhook's
 * tags reach them. Every changed page must be reached; the unchanged ones reached are the cost of tags
 * being per page, not per field.
 */
async function reach(id: string, edit: (doc: SanityDocument) => SanityDocument | null) {
  const { dataset, tags } = await tagsForEdit(id, edit)
  const pagesAfter = await renderEveryPage(await writeDatasetVariant(() => dataset))
  const changed = [...pagesBefore].filter(([name, page]) => pagesAfter.get(name)?.result !== page.result)
  const reached = (page: Page) => page.tags.some((tag) => tags.includes(tag))
  return {
    tags,
    changedNotReached: changed.filter(([, page]) => !reached(page)).map(([name]) => name),
    reached: [...pagesBefore].filter(([, page]) => reached(page)).map(([name]) => name),
  }
}

const renamed = (doc: SanityDocument) => ({ ...doc, name: `${String(doc.name)} (ny)`, title: 'Ny titel' })

test("a speaker's bio edit reaches their page, /talare, their talk and its event, and the article naming them; nothing else", async () => {
  const { tags, changedNotReached, reached } = await reach(bioEditExample.speakerId, (doc) =>
    bioEditExample.withBio(doc, 'Ny bio.'),
  )
  expect(changedNotReached).toEqual([])
  expect(tags).toEqual(bioEditExample.tags)
  expect(reached.sort()).toEqual([
    `article ${seminar}`,
    `event ${seminar}`,
    'organisation ovako',
    'speaker goran-nystrom',
    'speakers',
    `talk ${seminar}/ovakos-vatgassatsning-i-hofors`,
  ])
})

test.each([
  ['a speaker', 'speaker-goran-nystrom'],
  ['the chair', 'speaker-jan-bohman'],
  ['an organisation', 'organisation-ovako'],
  ['a member organisation', 'organisation-nora-kommun'],
  ['the event', 'event-seminarium-arsmote-2022'],
  ['a talk', 'talk-ovakos-vatgassatsning-i-hofors'],
  ['the article', 'article-tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'],
  ['the association', 'association'],
])('renaming %s reaches every page that shows the name', async (_what, id) => {
  const { changedNotReached } = await reach(id, renamed)
  expect(changedNotReached).toEqual([])
})

test.each([
  [
    'an affiliation removed',
    'speaker-goran-nystrom',
    (doc: SanityDocument) => ({ ...doc, affiliations: [] }),
  ],
  [
    'a talk moved off its event',
    'talk-ovakos-vatgassatsning-i-hofors',
    ({ event: _, ...doc }: SanityDocument) => doc,
  ],
  ['a host dropped', 'event-seminarium-arsmote-2022', (doc: SanityDocument) => ({ ...doc, hosts: [] })],
  ['a speaker deleted', 'speaker-goran-nystrom', () => null],
])('%s: every page that changes is reached', async (_what, id, edit) => {
  const { changedNotReached } = await reach(id, edit)
  expect(changedNotReached).toEqual([])
})

test("a changed slug refreshes the old page too, and a talk moved off its event leaves that event's programme", async () => {
  const { tags } = await tagsForEdit('speaker-goran-nystrom', (doc) => ({
    ...doc,
    slug: { _type: 'slug', current: 'goran-nystrom-2' },
  }))
  expect(tags).toEqual(expect.arrayContaining(['speaker:goran-nystrom', 'speaker:goran-nystrom-2']))

  const moved = await tagsForEdit('talk-ovakos-vatgassatsning-i-hofors', ({ event: _event, ...talk }) => talk)
  expect(moved.tags).toEqual(
    expect.arrayContaining([`event:${seminar}`, `talk:${seminar}/ovakos-vatgassatsning-i-hofors`]),
  )
})

test("a renamed event refreshes its talks' pages under the old address too, which now redirect", async () => {
  const talk = 'ovakos-vatgassatsning-i-hofors'
  const { tags } = await tagsForEdit('event-seminarium-arsmote-2022', (doc) => ({
    ...doc,
    slug: { _type: 'slug', current: 'nytt-namn' },
    previousSlugs: [seminar],
  }))
  expect(tags).toEqual(
    expect.arrayContaining([
      `event:${seminar}`,
      'event:nytt-namn',
      `talk:${seminar}/${talk}`,
      `talk:nytt-namn/${talk}`,
    ]),
  )
})

test('a document changed or deleted refreshes the redirects at its old addresses too', async () => {
  const original = bundled
  try {
    const withHistory = (doc: SanityDocument) => ({ ...doc, previousSlugs: ['goran-gammal'] })
    bundled = bundled.map((doc) => (doc._id === 'speaker-goran-nystrom' ? withHistory(doc) : doc))
    const deleted = await tagsForEdit('speaker-goran-nystrom', () => null)
    expect(deleted.tags).toEqual(expect.arrayContaining(['speaker:goran-nystrom', 'speaker:goran-gammal']))

    const talk = 'ovakos-vatgassatsning-i-hofors'
    bundled = bundled.map((doc) =>
      doc._id === 'event-seminarium-arsmote-2022' ? { ...doc, previousSlugs: ['arsmote'] } : doc,
    )
    const edited = await tagsForEdit('talk-ovakos-vatgassatsning-i-hofors', (doc) => ({
      ...doc,
      previousSlugs: ['vatgas'],
    }))
    expect(edited.tags).toEqual(
      expect.arrayContaining([
        `talk:${seminar}/${talk}`,
        `talk:${seminar}/vatgas`,
        `talk:arsmote/${talk}`,
        'talk:arsmote/vatgas',
      ]),
    )
  } finally {
    bundled = original
  }
})

test('a draft that references the document is no page: its slug is not among the tags', async () => {
  const talk = byId('talk-ovakos-vatgassatsning-i-hofors')
  const draft = { ...talk, _id: `drafts.${talk._id}`, slug: { _type: 'slug', current: 'utkast' } }
  const speaker = byId(bioEditExample.speakerId)
  const dataset = [...bundled, draft]
  const body = revalidateWebhookBodySchema.parse(
    await webhookPayload({ dataset, before: speaker, after: speaker }),
  )
  expect(tagsToRevalidate(body)).toEqual(bioEditExample.tags)
})

test('a deleted speaker refreshes the pages that showed them', async () => {
  const { tags } = await tagsForEdit('speaker-goran-nystrom', () => null)
  expect(tags).toEqual(
    expect.arrayContaining([
      'speaker:goran-nystrom',
      'list:speaker',
      `article:${seminar}`,
      'organisation:ovako',
    ]),
  )
})

test('the body is bounded and typed; a document without a page refreshes only what references it', () => {
  expect(revalidateWebhookBodySchema.safeParse({ _id: 'x' }).success).toBe(false)
  expect(
    revalidateWebhookBodySchema.safeParse({ _id: 'x', _type: 'speaker', slug: 'a'.repeat(201) }).success,
  ).toBe(false)
  const tooMany = Array.from({ length: 501 }, () => ({ _type: 'talk' }))
  expect(revalidateWebhookBodySchema.safeParse({ _id: 'x', _type: 'x', references: tooMany }).success).toBe(
    false,
  )

  const image = revalidateWebhookBodySchema.parse({
    _id: 'image-abc-10x10-jpg',
    _type: 'sanity.imageAsset',
    referencedBy: [{ _type: 'speaker', slug: 'goran-nystrom' }],
  })
  expect(tagsToRevalidate(image)).toEqual(['list:speaker', 'speaker:goran-nystrom'])
})
