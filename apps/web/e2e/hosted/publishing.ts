import type { SanityDocument } from '@bergslaget/content/dataset'
import { webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import type { HostedSite } from './hosted-site'

/**
 * An editor's publish actions against the local Content Lake, each followed by what Sanity sends: the
 * webhook's projection over the dataset after the change, signed with the webhook's secret.
 */
export function publisher(site: HostedSite) {
  const { lake } = site
  const current = (id: string) => lake.documents().find((doc) => doc._id === id) ?? null

  /** Posts the webhook of a change from `before` to `after` (null: created or deleted). */
  async function notify(before: SanityDocument | null, after: SanityDocument | null) {
    const body = JSON.stringify(await webhookPayload({ dataset: lake.documents(), before, after }))
    return site.postWebhook(body, await encodeSignatureHeader(body, Date.now(), site.webhookSecret))
  }

  return {
    /** Create or edit: the document is stored as published, then its webhook is sent. */
    async publish(document: SanityDocument) {
      const before = current(document._id)
      lake.publish(document)
      return notify(before, document)
    },
    /** Unpublish or delete: the published document is gone, then its webhook is sent. */
    async remove(id: string) {
      const before = current(id)
      if (!before) throw new Error(`no published ${id} to remove`)
      lake.remove(id)
      return notify(before, null)
    },
  }
}

/**
 * Seconds from `start` until `check` holds for the page at `path` (polling it), or a failure naming the
 * path once `timeoutMs` has passed. Publishing is measured, not only checked: the figure goes in the notes.
 */
export async function secondsUntil(
  baseUrl: string,
  path: string,
  check: (page: { status: number; html: string; location: string | null }) => boolean,
  start: number,
  timeoutMs = 30_000,
): Promise<number> {
  let last = ''
  for (;;) {
    const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
    const page = {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
    }
    if (check(page)) return (performance.now() - start) / 1000
    last = `${page.status} ${page.location ?? ''}`
    if (performance.now() - start > timeoutMs)
      throw new Error(`${path} never reached the expected state (last: ${last})`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const stamp = { _createdAt: '2026-11-30T09:00:00Z', _updatedAt: '2026-11-30T09:00:00Z', _rev: 'e2e' }
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const text = (value: string) => [
  {
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 's1', text: value, marks: [] }],
  },
]
const slug = (current: string) => ({ _type: 'slug', current })

/** What an editor creates for a new seminar: a partner organisation, the event, a speaker, their talk and the report. */
export const newSeminar = {
  organisation: {
    ...stamp,
    _id: 'organisation-e2e-hofors-energi',
    _type: 'organisation',
    name: 'Hofors Energi',
    slug: slug('hofors-energi'),
    kind: 'company',
    city: 'Hofors',
  },
  event: {
    ...stamp,
    _id: 'event-e2e-framtidsdag',
    _type: 'event',
    title: 'Framtidsdag i Bergslagen',
    slug: slug('framtidsdag-i-bergslagen'),
    kind: 'seminar',
    status: 'planned',
    dateMode: 'fixed',
    startsAt: '2031-05-12T07:00:00Z',
    endsAt: '2031-05-12T14:00:00Z',
    venue: { name: 'Folkets hus', city: 'Hofors' },
    hosts: [{ ...ref('organisation-intresseforeningen-bergslaget'), _key: 'h1' }],
    partners: [{ ...ref('organisation-e2e-hofors-energi'), _key: 'p1' }],
  },
  speaker: {
    ...stamp,
    _id: 'speaker-e2e-ny-talare',
    _type: 'speaker',
    name: 'Nora Nyberg',
    slug: slug('nora-nyberg'),
    affiliations: [
      { _key: 'a1', _type: 'affiliation', role: 'Hållbarhetschef', organisation: ref('organisation-ovako') },
    ],
    bio: text(
      'Nora Nyberg leder Ovakos arbete med vätgas och har talat om industrins omställning i hela Bergslagen.',
    ),
  },
  talk: {
    ...stamp,
    _id: 'talk-e2e-vatgas',
    _type: 'talk',
    title: 'Vätgas i praktiken',
    slug: slug('vatgas-i-praktiken'),
    event: ref('event-e2e-framtidsdag'),
    order: 1,
    startsAt: '2031-05-12T08:00:00Z',
    endsAt: '2031-05-12T08:30:00Z',
    speakers: [{ _key: 't1', _type: 'talkSpeaker', role: 'speaker', speaker: ref('speaker-e2e-ny-talare') }],
    summary: text('Hur vätgas ersätter gasol i stålindustrin.'),
  },
  article: {
    ...stamp,
    _id: 'article-e2e-rapport',
    _type: 'article',
    title: 'Rapport från Framtidsdagen',
    slug: slug('rapport-fran-framtidsdagen'),
    kind: 'seminarReport',
    publishedAt: '2031-05-13T08:00:00Z',
    excerpt: 'Vätgas, kompetens och samverkan stod i centrum när föreningen samlades i Hofors.',
    event: ref('event-e2e-framtidsdag'),
    body: text('Dagen inleddes med ett föredrag om vätgas i praktiken.'),
  },
} satisfies Record<string, SanityDocument>

/** The document renamed as the Studio's publish action does it: the old slug kept in `previousSlugs`. */
export function renamed(document: SanityDocument, newSlug: string): SanityDocument {
  const old = (document.slug as { current: string }).current
  const previous = (document.previousSlugs as string[] | undefined) ?? []
  return { ...document, slug: slug(newSlug), previousSlugs: [...previous, old] }
}
