import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { routableTypes } from '../content-types'
import { eventEndKey } from '../fragments/event-date-keys'
import { linkTargetProjection, linkTargetSchema } from '../fragments/summaries'
import { defineRead } from '../read'
import type { SitePagesQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

/**
 * Every document with a page, read through its summary as a link to it would be (a document whose
 * summary fails has no page, so it is no page of the sitemap either), with when it last changed; and
 * when the association did (a date that is missing or invalid is left out, not the page). Old addresses are redirects, not pages: only the current slug counts.
 * An event has the key the events list splits upcoming from past by (events.ts), which decides how
 * many pages that list has.
 */
export const sitePagesQuery = defineQuery(`{
  "documents": *[defined(slug.current)]{
    _updatedAt,
    "target": @${linkTargetProjection},
    "endKey": select(_type == "event" => ${eventEndKey})
  },
  "association": *[_type == "association" && _id == "association"][0]._updatedAt
}`)

const sitePagesSchema = resultOf<SitePagesQueryResult>()(
  z.object({
    documents: listOf(
      z.object({
        _updatedAt: documentOf(z.iso.datetime(), 'last change'),
        target: linkTargetSchema,
        endKey: z.string().nullable(),
      }),
      'page',
    ),
    association: documentOf(z.iso.datetime(), 'association last change'),
  }),
)

/** For the sitemap: a publish of any type with pages, or of the association, changes it. */
export const listSitePages = defineRead({
  query: sitePagesQuery,
  tags: [...routableTypes.map((type) => cacheTags.list(type)), cacheTags.association],
  schema: sitePagesSchema,
})
