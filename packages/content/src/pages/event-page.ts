import { defineQuery } from 'groq'
import { z } from 'zod'

import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import { isUpcoming } from '../fragments/event-date-keys'
import { eventSummaryShape, withEventDate } from '../fragments/event-summary'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { programmeTalkProjection, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import type { EventPageQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'
import { getEventsPage } from './events-page'

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

// Everything beyond the summary is a detail: a broken registration address drops the button, not the
// event. The address must be a web address (zod's plain z.url() accepts `javascript:`).
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
      theme: documentOf(z.string(), 'theme'),
      registrationUrl: documentOf(z.url({ protocol: /^https?$/ }), 'registration address'),
      isUpcoming: z.boolean(),
      description: richTextSchema,
      venue: documentOf(venueSchema, 'venue'),
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

/** The events that have a page: those the events page lists, by the same summary. */
export async function listEventSlugs(source: ContentSource): Promise<string[]> {
  const { upcoming, past } = await getEventsPage(source)
  return [...upcoming, ...past].map((event) => event.slug)
}
