import { readFile } from 'node:fs/promises'

import { createContentApi, type ContentApi } from './content-api'
import { isSectionType, routableTypes } from './content-types'
import { readHomeLists } from './pages/home-page'
import { pageReads, typeReads } from './reads'
import type { ContentSource } from './source/content-source'
import { createEmbeddedSource } from './source/embedded-source'
import { parseNdjson } from './source/load-dataset'
import { captureContentErrors } from './testing/capture-content-errors'
import {
  degradedDocuments,
  unroutableDocuments,
  writeFaultyDataset,
  type PageParams,
} from './testing/faulty-dataset'
import { argumentsOfEachRead, pageReadCall, prerenderedPages } from './testing/read-arguments'

// The rule, checked on a dataset with planted faults: the same validity decides whether a
// document has a page and whether anything links to it. Every document the content API hands the site
// (which the site may link to) must have a page; the faulty documents have none and are linked nowhere.

jest.setTimeout(60_000)

const errors = captureContentErrors()

let api: ContentApi
let source: ContentSource
let typeOf: Map<string, string>

beforeAll(async () => {
  const path = await writeFaultyDataset()
  source = createEmbeddedSource(path)
  api = createContentApi(source)
  typeOf = new Map(parseNdjson(await readFile(path, 'utf8'), path).map((doc) => [doc._id, doc._type]))
})

const key = (page: PageParams) =>
  page.type === 'talk' ? `talk ${page.event}/${page.talk}` : `${page.type} ${page.slug}`

function pageOf(page: PageParams): Promise<unknown> {
  const { name, args } = pageReadCall(page)
  return (api[name] as (...args: string[]) => Promise<unknown>)(...args)
}

interface Found {
  id: string
  page: PageParams | null
  /** Where in which result it was found, for the failure message. */
  at: string
}

/**
 * Every document in a result, with the page it would be linked to: an object with an `_id` of a
 * routable document. A talk's page is under its event, so its summary must carry the event's slug.
 */
function documentsIn(result: unknown, at: string, found: Found[] = []): Found[] {
  if (Array.isArray(result)) {
    result.forEach((item, index) => documentsIn(item, `${at}[${index}]`, found))
  } else if (typeof result === 'object' && result !== null) {
    const { _id, slug, event } = result as { _id?: unknown; slug?: unknown; event?: { slug?: unknown } }
    const type = typeof _id === 'string' ? typeOf.get(_id) : undefined
    if (typeof _id === 'string' && type && typeof slug === 'string') {
      const page: PageParams | null =
        type === 'talk'
          ? typeof event?.slug === 'string'
            ? { type, event: event.slug, talk: slug }
            : null
          : isSectionType(type)
            ? { type, slug }
            : null
      found.push({ id: _id, page, at })
    }
    for (const [name, value] of Object.entries(result)) documentsIn(value, `${at}.${name}`, found)
  }
  return found
}

/**
 * Every page the content API can produce for the site (each read that pages render, with every
 * argument the dataset gives it, and each prerendered page), and every document each of them hands over.
 */
async function crawlContent() {
  const argumentsOf = await argumentsOfEachRead(source)
  const results: [string, unknown][] = []
  for (const name of Object.keys(pageReads) as (keyof typeof pageReads)[]) {
    // Where old addresses lead is a redirect, and each type's page is read below, for the pages listed.
    if (name.startsWith('findMoved') || Object.values(typeReads).some(({ page }) => page === name)) continue
    for (const args of argumentsOf[name] ?? [[]]) {
      results.push([
        `${name}(${args.join(', ')})`,
        await (api[name] as (...args: unknown[]) => unknown)(...args),
      ])
    }
  }
  const listed = await prerenderedPages(api)
  for (const page of listed) results.push([key(page), await pageOf(page)])
  const linked = results.flatMap(([name, result]) => documentsIn(result, name))
  return { results, listed, linked }
}

test('every document the content API hands the site has a page that is prerendered, and no faulty one is among them', async () => {
  const { results, listed, linked } = await crawlContent()
  const listedKeys = new Set(listed.map(key))

  expect(linked.length).toBeGreaterThan(100)
  expect(linked.filter((found) => !found.page).map((found) => `${found.id} at ${found.at}`)).toEqual([])

  const pages = new Map<string, PageParams>()
  for (const found of linked) if (found.page) pages.set(key(found.page), found.page)
  const withoutPage: string[] = []
  for (const [name, page] of pages) if ((await pageOf(page)) === null) withoutPage.push(name)
  expect(withoutPage).toEqual([])
  expect([...pages.keys()].filter((name) => !listedKeys.has(name))).toEqual([])
  // Every listed page renders.
  expect(results.filter(([, result]) => result === null).map(([name]) => name)).toEqual([])

  const faulty = new Set(unroutableDocuments.map((doc) => doc.id))
  expect(linked.filter((found) => faulty.has(found.id)).map((found) => `${found.id} at ${found.at}`)).toEqual(
    [],
  )
  expect(unroutableDocuments.filter((doc) => listedKeys.has(key(doc.page))).map((doc) => doc.id)).toEqual([])
  // Each kind of page is reached, so the check above is not vacuous.
  expect(new Set(listed.map((page) => page.type))).toEqual(new Set(routableTypes))
})

test.each(unroutableDocuments)('$id ($fault) has no page and is logged by its id', async ({ id, page }) => {
  expect(await pageOf(page)).toBeNull()
  expect(errors).toEqual([expect.stringContaining(` ${id} skipped: `)])
})

test.each(degradedDocuments)(
  '$id ($fault) keeps its page without its $field, logged by its id',
  async ({ id, page, field }) => {
    const result = (await pageOf(page)) as Record<string, unknown> | null
    expect(result).toEqual(expect.objectContaining({ _id: id, [field]: null }))
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(` of ${id} skipped: `))]))
  },
)

test('the neighbours of the faulty documents keep everything valid', async () => {
  const event = await api.getEventPage('tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen')
  expect(event?.programme.map((talk) => talk.order)).toEqual([1, 2, 3, 4, 5, 6])
  expect(event?.hosts.map((host) => host.slug)).toEqual(['intresseforeningen-bergslaget'])
  const ovakoTalk = event?.programme.find((talk) => talk.slug === 'ovakos-vatgassatsning-i-hofors')
  expect(ovakoTalk?.speakers.map(({ speaker }) => speaker.slug)).toEqual(['goran-nystrom'])
  expect(ovakoTalk?.concerns.length).toBeGreaterThan(0)

  const goran = await api.getSpeakerPage('goran-nystrom')
  expect(goran?.affiliations.map(({ organisation }) => organisation.slug)).toEqual(['ovako'])

  const jan = await api.getSpeakerPage('jan-bohman')
  expect(jan?.talks.map((talk) => talk.slug)).toEqual([
    'valkommen-fokusomradet-bergslagens-industri-2022-2023',
  ])

  const ovako = await api.getOrganisationPage('ovako')
  expect(ovako?.people.map((person) => person.slug)).toEqual(['goran-nystrom'])
  expect(ovako?.concerningTalks.map((talk) => talk.slug)).toEqual([
    'valkommen-fokusomradet-bergslagens-industri-2022-2023',
  ])

  const about = await api.getAboutPage()
  expect(about?.members).toHaveLength(17)

  const home = await readHomeLists(api, new Date())
  expect(home.upcomingEvents.map((upcoming) => upcoming.slug)).toEqual(['trasig-anmalan'])
})

test('a rich-text link to a document without a page is no link; the others still are', async () => {
  const article = await api.getArticlePage('tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen')
  const targets = (article?.body ?? []).flatMap((block) =>
    (block.markDefs ?? []).flatMap((mark) => (mark._type === 'internalLink' ? [mark.target ?? null] : [])),
  )
  const planted = targets.slice(-unroutableDocuments.length)
  expect(planted).toEqual(unroutableDocuments.map(() => null))
  expect(targets.filter(Boolean).length).toBeGreaterThan(20)
  expect(targets.slice(0, -unroutableDocuments.length)).not.toContain(null)
  for (const id of unroutableDocuments.map((doc) => doc.id))
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringContaining(`invalid link target ${id} skipped`)]),
    )
})
