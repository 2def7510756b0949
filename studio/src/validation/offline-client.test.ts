import { evaluate, parse } from 'groq-js'
import type { SanityDocument } from 'sanity'

import { EVENT_VERSIONS_QUERY } from '../schema/documents/talk-time-rule'

import { createOfflineClient } from './offline-client'

// The query Sanity's default slug `isUnique` sends (sanity/lib: defaultIsUnique), for a field `slug`.
const SLUG_QUERY =
  '!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)'

const doc = (_id: string, _type: string, slug?: unknown): SanityDocument =>
  ({
    _id,
    _type,
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    _rev: 'r',
    ...(slug === undefined ? {} : { slug: { _type: 'slug', current: slug } }),
  }) as SanityDocument

// A talk with its draft and a release version, two talks sharing a slug, the same slug on another
// type, a talk without a slug, one whose slug is not a string, an event only as a draft, and one id
// twice (a faulty file), with the draft before the published document.
const documents = [
  doc('talk-a', 'talk', 'alfa'),
  doc('drafts.talk-a', 'talk', 'alfa'),
  doc('versions.r1.talk-a', 'talk', 'alfa'),
  doc('talk-b', 'talk', 'beta'),
  doc('talk-c', 'talk', 'beta'),
  doc('event-a', 'event', 'alfa'),
  doc('talk-utan', 'talk'),
  doc('talk-tal', 'talk', 5),
  doc('drafts.event-e', 'event', 'eko'),
  doc('event-e', 'event', 'eko'),
  doc('drafts.event-g', 'event', 'golf'),
  doc('event-d', 'event', 'delta'),
  doc('event-d', 'event', 'delta-kopia'),
]

const client = createOfflineClient(documents)
const slugFree = (docType: string, published: string, slug: string) =>
  client.fetch(SLUG_QUERY, { docType, published, slug })
const versionIds = async (id: string) =>
  ((await client.fetch(EVENT_VERSIONS_QUERY, { id })) as SanityDocument[]).map(({ _id }) => _id)

/** What the Content Lake answers, by groq-js over the same documents. */
async function lakeAnswer(query: string, params: Record<string, unknown>) {
  return (await evaluate(parse(query), { dataset: documents, params })).get()
}

describe('the offline client', () => {
  it('calls a slug taken when another document of the type has it', async () => {
    expect(await slugFree('talk', 'talk-c', 'beta')).toBe(false)
    expect(await slugFree('talk', 'talk-b', 'beta')).toBe(false)
    expect(await slugFree('talk', 'talk-new', 'alfa')).toBe(false)
  })

  it('calls a slug free when only the document itself, its draft or its versions have it', async () => {
    expect(await slugFree('talk', 'talk-a', 'alfa')).toBe(true)
    expect(await slugFree('event', 'event-e', 'eko')).toBe(true)
    expect(await slugFree('event', 'event-g', 'golf')).toBe(true)
  })

  it('calls a slug free that no document of the type has, whatever other types have', async () => {
    expect(await slugFree('talk', 'talk-a', 'ny')).toBe(true)
    expect(await slugFree('article', 'article-x', 'alfa')).toBe(true)
    expect(await slugFree('talk', 'talk-new', '5')).toBe(true)
  })

  it('gives a document and its draft, in the order of the set, and nothing for an unknown id', async () => {
    expect(await versionIds('event-e')).toEqual(['drafts.event-e', 'event-e'])
    expect(await versionIds('event-g')).toEqual(['drafts.event-g'])
    expect(await versionIds('talk-b')).toEqual(['talk-b'])
    expect(await versionIds('event-d')).toEqual(['event-d', 'event-d'])
    expect(await versionIds('event-saknas')).toEqual([])
  })

  it('answers every slug question as the Content Lake would', async () => {
    const types = ['talk', 'event', 'article']
    const published = ['talk-a', 'talk-b', 'talk-c', 'event-a', 'event-e', 'event-g', 'event-d', 'talk-new']
    const slugs = ['alfa', 'beta', 'eko', 'golf', 'delta', 'delta-kopia', '5', 'ny']
    for (const docType of types)
      for (const id of published)
        for (const slug of slugs) {
          const params = { docType, published: id, slug }
          expect([params, await client.fetch(SLUG_QUERY, params)]).toEqual([
            params,
            await lakeAnswer(SLUG_QUERY, params),
          ])
        }
  })

  it('answers every version question as the Content Lake would', async () => {
    for (const id of [...new Set(documents.map(({ _id }) => _id)), 'event-saknas']) {
      const lake = (await lakeAnswer(EVENT_VERSIONS_QUERY, { id })) as { _id: string }[]
      expect([id, await versionIds(id)]).toEqual([id, lake.map(({ _id }) => _id)])
    }
  })

  it('refuses any other query rather than go to the network', async () => {
    await expect(client.fetch('*[_type == "talk"]')).rejects.toThrow(
      'Offline validation cannot run the query',
    )
  })
})
