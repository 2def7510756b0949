import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { withEventDate } from '../fragments/event-date'
import { eventSortKey, isUpcoming } from '../fragments/event-date-keys'
import { programmeTalkProjection, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  eventSummaryProjection,
  eventSummarySchema,
  articleSortKey,
  articleSummaryProjection,
  articleSummarySchema,
  eventSummaryShape,
  eventSummaryFields,
  organisationSummaryProjection,
  organisationSummarySchema,
} from '../fragments/summaries'
import { defineRead, deriveRead } from '../read'
import type { EventsPageQueryResult, EventPageQueryResult } from '../sanity.types'
import { listOf, resultOf, documentOf } from '../validate'

export const eventsPageQuery = defineQuery(`{
  "upcoming": *[_type == "event" && defined(slug.current) && ${isUpcoming}] | order(${eventSortKey} asc)${eventSummaryProjection},
  "past": *[_type == "event" && defined(slug.current) && !(${isUpcoming})] | order(${eventSortKey} desc)${eventSummaryProjection}
}`)

const eventsPageSchema = resultOf<EventsPageQueryResult>()(
  z.object({
    upcoming: listOf(eventSummarySchema, 'event'),
    past: listOf(eventSummarySchema, 'event'),
  }),
)

/** Upcoming events soonest first, then past events newest first. */
export const getEventsPage = defineRead({
  query: eventsPageQuery,
  tags: [cacheTags.list('event')],
  schema: eventsPageSchema,
})

export const eventPageQuery = defineQuery(`*[_type == "event" && slug.current == $slug][0]{
  ${eventSummaryFields},
  theme,
  registrationUrl,
  "isUpcoming": ${isUpcoming},
  description${richTextProjection},
  "hosts": hosts[]->${organisationSummaryProjection},
  "partners": partners[]->${organisationSummaryProjection},
  "programme": *[_type == "talk" && event._ref == ^._id && defined(slug.current)] | order(order asc, startsAt asc)${programmeTalkProjection},
  "reports": *[_type == "article" && event._ref == ^._id && defined(slug.current)] | order(${articleSortKey} desc)${articleSummaryProjection}
}`)

// Everything beyond the summary is a detail: a broken registration address drops the button, not the
// event. The address must be a web address (zod's plain z.url() accepts `javascript:`).
const eventPageSchema = resultOf<EventPageQueryResult>()(
  documentOf(
    withEventDate({
      ...eventSummaryShape,
      theme: documentOf(z.string(), 'theme'),
      registrationUrl: documentOf(z.url({ protocol: /^https?$/ }), 'registration address'),
      isUpcoming: z.boolean(),
      description: richTextSchema,
      hosts: listOf(organisationSummarySchema, 'host organisation'),
      partners: listOf(organisationSummarySchema, 'partner organisation'),
      programme: listOf(programmeTalkSchema, 'talk'),
      reports: listOf(articleSummarySchema, 'article'),
    }),
    'event',
  ),
)

export const getEventPage = defineRead({
  query: eventPageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.event,
  schema: eventPageSchema,
})

/** The events that have a page: those the events page lists, by the same summary. */
export const listEventSlugs = deriveRead(getEventsPage, ({ upcoming, past }) =>
  [...upcoming, ...past].map(({ slug }) => slug),
)
