import { defineQuery } from 'groq'
import { z } from 'zod'

import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import { isUpcoming } from '../fragments/event-date-keys'
import { eventSummaryShape, withEventDate } from '../fragments/event-summary'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { programmeTalkProjection, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import type { EventPageQueryResult, EventSlugsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

export const eventPageQuery = defineQuery(`*[_type == "event" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  kind,
  status,
  dateMode,
  startsAt,
  endsAt,
  year,
  month,
  theme,
  registrationUrl,
  "isUpcoming": ${isUpcoming},
  description${richTextProjection},
  venue{name, street, city, location{lat, lng}},
  "hosts": hosts[]->${organisationSummaryProjection},
  "partners": partners[]->${organisationSummaryProjection},
  "programme": *[_type == "talk" && event._ref == ^._id && defined(slug.current)] | order(order asc, startsAt asc)${programmeTalkProjection},
  "reports": *[_type == "article" && event._ref == ^._id && defined(slug.current)] | order(${articleSortKey} desc)${articleSummaryProjection}
}`)

export const eventSlugsQuery = defineQuery(`*[_type == "event" && defined(slug.current)].slug.current`)

const venueSchema = z.object({
  name: z.string().nullable(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
})

const eventPageSchema = resultOf<EventPageQueryResult>()(
  documentOf(
    withEventDate({
      ...eventSummaryShape,
      theme: z.string().nullable(),
      registrationUrl: z.url().nullable(),
      isUpcoming: z.boolean(),
      description: richTextSchema,
      venue: venueSchema.nullable(),
      hosts: listOf(organisationSummarySchema, 'host organisation'),
      partners: listOf(organisationSummarySchema, 'partner organisation'),
      programme: listOf(programmeTalkSchema, 'talk'),
      reports: listOf(articleSummarySchema, 'article'),
    }),
    'event',
  ),
)

export type EventPage = NonNullable<z.output<typeof eventPageSchema>>

export async function getEventPage(source: ContentSource, slug: string): Promise<EventPage | null> {
  return eventPageSchema.parse(await source.fetch(eventPageQuery, { slug }))
}

const slugsSchema = resultOf<EventSlugsQueryResult>()(z.array(z.string()))

export async function listEventSlugs(source: ContentSource): Promise<string[]> {
  return slugsSchema.parse(await source.fetch(eventSlugsQuery))
}
