import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { routableTypes, sectionTypes, type SectionType } from '../content-types'
import { defineRead, deriveRead } from '../read'
import type { AddressesQueryResult } from '../sanity.types'
import { listOf, resultOf } from '../validate'

/**
 * Every address a document answers at: its slug, and the slugs it had before (`previousSlugs`, kept by
 * the Studio's publish action), which redirect to it. A talk answers under each address of its event.
 * Only the types with pages have a slug (the Studio's schema test holds it), so the slug picks them.
 */
export const addressesQuery = defineQuery(`*[defined(slug.current)]{
  _type,
  "slug": slug.current,
  previousSlugs,
  "event": select(_type == "talk" => event->{"slug": slug.current, previousSlugs})
}`)

const slugsSchema = z.object({ slug: z.string(), previousSlugs: z.array(z.string()).nullable() })

const addressSchema = z.discriminatedUnion('_type', [
  slugsSchema.extend({ _type: z.enum(sectionTypes), event: z.null() }),
  slugsSchema.extend({ _type: z.literal('talk'), event: slugsSchema.nullable() }),
])

const addressesSchema = resultOf<AddressesQueryResult>()(listOf(addressSchema, 'document address'))

/** A page's route params: a section type's slug; a talk's event's slug and its own. */
export type PageParams = { type: SectionType; slug: string } | { type: 'talk'; event: string; talk: string }

/** A page address: its route params, and whether it is the current one. */
export type Address = PageParams & { current: boolean }

/** The cache tag of an address's page, which also serves as its key. */
export function addressTag(address: Address): string {
  return address.type === 'talk'
    ? cacheTags.talk(address.event, address.talk)
    : cacheTags[address.type](address.slug)
}

/** Every address of every document, current and old. */
export const listAddresses = defineRead({
  query: addressesQuery,
  tags: routableTypes.map((type) => cacheTags.list(type)),
  schema: addressesSchema,
  then: (documents) => documents.flatMap(addressesOf),
})

/** Every address that redirects (a document's old slugs), for the routes to prerender with the rest. */
export const listOldAddresses = deriveRead(listAddresses, (addresses) =>
  addresses.filter(({ current }) => !current),
)

function addressesOf(document: z.output<typeof addressSchema>): Address[] {
  const slugs = [document.slug, ...(document.previousSlugs ?? [])]
  if (document._type !== 'talk') {
    return slugs.map((slug, index) => ({ type: document._type, slug, current: index === 0 }))
  }
  if (!document.event) return []
  const eventSlugs = [document.event.slug, ...(document.event.previousSlugs ?? [])]
  return eventSlugs.flatMap((event, eventIndex) =>
    slugs.map((talk, talkIndex) => ({
      type: 'talk' as const,
      event,
      talk,
      current: eventIndex === 0 && talkIndex === 0,
    })),
  )
}
