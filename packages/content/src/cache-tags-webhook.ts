import { z } from 'zod'

import { listTagsOf, pageTagsOf, type PageRef } from './cache-tags'
import { pageTypes } from './content-types'

/**
 * From a change in the Content Lake to the cache tags of the pages that show the changed document.
 *
 * Sanity runs the webhook's GROQ projection against the changed document with the whole dataset at
 * hand, so the projection (not this code) finds the related documents; this code only turns them into
 * tags. The projection is written for this site's content model: it names the reference fields through
 * which a page shows another document, since GROQ has no "every outgoing reference" operator.
 */

/** `<field>` of the document a nested type's page lives under (a talk's event), null for other types. */
const parentField = (field: string) =>
  `select(${Object.entries(pageTypes)
    .flatMap(([type, { place }]) =>
      'under' in place ? [`_type == "${type}" => ${place.under.field}->${field}`] : [],
    )
    .join(', ')})`

const pageRefFields = /* groq */ `_type, "slug": slug.current, "parentSlug": ${parentField('slug.current')}`

/** For the changed document itself: its addresses, old ones included (see PageRef). */
const addressFields = /* groq */ `${pageRefFields}, previousSlugs, "parentPreviousSlugs": ${parentField('previousSlugs')}`

/** Webhook projections see drafts and release versions too; only published documents have pages. */
const isPublished = /* groq */ `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`

/**
 * The documents whose pages list `doc` through a reference `doc` holds, as each type declares them
 * (`listedOn` in content-types.ts): a talk is on its event's, its speakers' and their organisations'
 * pages, an event on its hosts' and partners'. A condition on the listing document.
 */
const listsThroughReference = (doc: string) =>
  Object.values(pageTypes)
    .flatMap(({ listedOn }) => Object.entries(listedOn))
    .map(([field, type]) => {
      const ids = `${doc}.${field}._ref`
      return `(_type == "${type}" && ${field.includes('[]') ? `_id in coalesce(${ids}, [])` : `_id == ${ids}`})`
    })
    .join('\n      || ')

/**
 * The webhook projection to configure in Sanity (see the README). Before and after the change both
 * count: a talk moved to another event leaves the old programme, a removed affiliation the old
 * organisation's page, a renamed slug or a deleted document an old page.
 * - referencedBy: documents that reference it; their pages show it (a talk its speakers, an article the
 *   people it mentions, the association its chair). `shownBy` goes one step further where a page shows
 *   a summary that carries the document: an organisation in a speaker's affiliations (talks, articles),
 *   an event with each of its talks (the talk's speakers' and organisations' pages).
 * - references: documents whose pages list it through its own references (see listsThroughReference).
 */
export const revalidateWebhookProjection = /* groq */ `{
  _id,
  ${addressFields},
  "previous": before(){${addressFields}},
  "referencedBy": *[references(^._id) && ${isPublished}]{
    ${pageRefFields},
    "shownBy": select(
      ^._type == "organisation" && _type == "speaker" => *[references(^._id) && ${isPublished}]{${pageRefFields}},
      ^._type == "event" && _type == "talk" => *[${listsThroughReference('^')}]{${pageRefFields}}
    )
  },
  "references": *[
    ${listsThroughReference('before()')}
    || ${listsThroughReference('after()')}
  ]{${pageRefFields}}
}`

// Bounds keep a forged or runaway body from turning into thousands of revalidations; tags are limited
// to 256 characters by Next.js, so slugs are kept well below that.
const name = z.string().min(1).max(200)

const pageRefSchema = z.object({
  _type: name,
  slug: name.nullish(),
  parentSlug: name.nullish(),
})

const slugHistory = z.array(name).max(100).nullish()

const addressesSchema = pageRefSchema.extend({ previousSlugs: slugHistory, parentPreviousSlugs: slugHistory })

export const revalidateWebhookBodySchema = addressesSchema.extend({
  _id: name,
  previous: addressesSchema.nullish(),
  referencedBy: z
    .array(pageRefSchema.extend({ shownBy: z.array(pageRefSchema).max(500).nullish() }))
    .max(500)
    .default([]),
  references: z.array(pageRefSchema).max(500).default([]),
})

export type RevalidateWebhookBody = z.output<typeof revalidateWebhookBodySchema>

/** Every slug the changed document answers at, or did before the change. */
function addressSlugs(body: RevalidateWebhookBody): string[] {
  const versions = [body, body.previous]
  return versions.flatMap((version) =>
    version?.slug ? [version.slug, ...(version.previousSlugs ?? [])] : [],
  )
}

function isParentOf(parent: string, child: string): boolean {
  const place = Object.hasOwn(pageTypes, child) ? pageTypes[child as keyof typeof pageTypes].place : null
  return place !== null && 'under' in place && place.under.type === parent
}

/** The cache tags of every page that shows the changed document, each once, sorted. */
export function tagsToRevalidate(body: RevalidateWebhookBody): string[] {
  const tags = new Set<string>([...pageTagsOf(body), ...listTagsOf(body._type)])
  const add = (ref: PageRef) => pageTagsOf(ref).forEach((tag) => tags.add(tag))
  if (body.previous) add(body.previous)
  body.references.forEach(add)
  for (const referrer of body.referencedBy) {
    add(referrer)
    referrer.shownBy?.forEach(add)
    // /talare shows each speaker with what the speaker references (their organisations).
    if (referrer._type === 'speaker') listTagsOf('speaker').forEach((tag) => tags.add(tag))
    // A nested type's pages live under its parent's addresses (a talk's under its event's), which the
    // projection (run after the change) names only as they are now: a renamed or removed event's talks
    // leave the old ones too.
    if (isParentOf(body._type, referrer._type)) {
      for (const parentSlug of addressSlugs(body)) add({ ...referrer, parentSlug })
    }
  }
  return [...tags].sort()
}
