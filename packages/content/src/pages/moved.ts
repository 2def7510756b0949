import { defineQuery } from 'groq'

import { cacheTags } from '../cache-tags'
import type { SectionType } from '../content-types'
import { linkTargetProjection, linkTargetSchema } from '../fragments/summaries'
import { defineRead } from '../read'
import type { MovedDocumentQueryResult, MovedTalkQueryResult } from '../sanity.types'
import { documentOf, resultOf } from '../validate'

// Where an old address leads: the document that had the slug before (see addresses.ts). Asked only
// when no document has the slug now, so a current slug always wins over an old one. The document is
// read as a link target (its type's summary): a redirect is a link, and leads only to a page that exists.

export const movedDocumentQuery = defineQuery(
  `*[_type == $type && $slug in previousSlugs && defined(slug.current)][0]${linkTargetProjection}`,
)

const movedSchema = resultOf<MovedDocumentQueryResult>()(documentOf(linkTargetSchema, 'moved document'))

/** The current slug of the document of `type` that had `slug` before, or null. */
export const findMoved = defineRead({
  query: movedDocumentQuery,
  params: (type: SectionType, slug: string) => ({ type, slug }),
  address: (type, slug) => cacheTags[type](slug),
  schema: movedSchema,
  then: (found) => found?.slug ?? null,
})

/** A talk moves when it is renamed and when its event is: any old slug of either leads to it. */
export const movedTalkQuery = defineQuery(`*[
  _type == "talk" && defined(slug.current) && defined(event->slug.current)
  && (slug.current == $talk || $talk in previousSlugs)
  && (event->slug.current == $event || $event in event->previousSlugs)
][0]${linkTargetProjection}`)

const movedTalkSchema = resultOf<MovedTalkQueryResult>()(documentOf(linkTargetSchema, 'moved talk'))

export const findMovedTalk = defineRead({
  query: movedTalkQuery,
  params: (event: string, talk: string) => ({ event, talk }),
  address: cacheTags.talk,
  schema: movedTalkSchema,
  then: (found, event, talk): { event: string; talk: string } | null => {
    if (found?._type !== 'talk') return null
    // The talk at its own address: nothing moved (its page was not found for another reason).
    if (found.event.slug === event && found.slug === talk) return null
    return { event: found.event.slug, talk: found.slug }
  },
})
