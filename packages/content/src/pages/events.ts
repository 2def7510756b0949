import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { withEventDate } from '../fragments/event-date'
import { eventEndKey, eventSortKey, isUpcoming } from '../fragments/event-date-keys'
import { programmeTalkProjection, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  eventSummaryProjection,
  eventSummarySchema,
  articleSortKey,
  articleSummaryProjection,
  articleSummarySchema,
  eventListingFields,
  eventListingShape,
  eventSummaryShape,
  eventSummaryFields,
  organisationSummaryProjection,
  organisationSummarySchema,
} from '../fragments/summaries'
import { videoProjection, videoSchema } from '../fragments/video'
import { defineRead, deriveRead } from '../read'
import type { EventOrderQueryResult, EventsPageQueryResult, EventPageQueryResult } from '../sanity.types'
import { newestFirst } from '../sort/newest-first'
import { listOf, resultOf, documentOf } from '../validate'

import { defineListPageRead } from './list-page'

/**
 * The order of the events list: every event with a page, by its listing, with the keys GROQ places it
 * in time by (event-date-keys.ts). Newest first, equal dates by id, so the list's pages never swap
 * entries between builds; sorted here by the keys GROQ gives (newestFirst). Without the clock, so that
 * the embedded source's API may keep it for the process: which events are upcoming is decided at each
 * render (isUpcomingAt).
 */
export const eventOrderQuery = defineQuery(
  `*[_type == "event" && defined(slug.current)]{${eventListingFields}, "sortKey": ${eventSortKey}, "endKey": ${eventEndKey}}`,
)

const eventOrderSchema = resultOf<EventOrderQueryResult>()(
  listOf(
    withEventDate({ ...eventListingShape, sortKey: z.string().nullable(), endKey: z.string().nullable() }),
    'event',
  ),
)

export const listEventOrder = defineRead({
  query: eventOrderQuery,
  tags: [cacheTags.list('event')],
  schema: eventOrderSchema,
  then: newestFirst,
})

export const eventsPageQuery = defineQuery(`*[_type == "event" && _id in $ids]${eventSummaryProjection}`)

const eventsPageSchema = resultOf<EventsPageQueryResult>()(listOf(eventSummarySchema, 'event'))

/** The events with these ids (listEventOrder's), in their order: a page of the events list. */
export const getEventsPage = defineListPageRead({
  type: 'event',
  query: eventsPageQuery,
  schema: eventsPageSchema,
})

export const eventPageQuery = defineQuery(`*[_type == "event" && slug.current == $slug][0]{
  ${eventSummaryFields},
  theme,
  originalStartsAt,
  registrationUrl,
  "liveStream": ${videoProjection('liveStream')},
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
      // Only a postponed event says when it was first planned for.
      originalStartsAt: documentOf(z.iso.datetime(), 'original date'),
      registrationUrl: documentOf(z.url({ protocol: /^https?$/ }), 'registration address'),
      liveStream: documentOf(videoSchema, 'live stream'),
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

/** The events that have a page: those the events list lists. */
export const listEventSlugs = deriveRead(listEventOrder, (events) => events.map(({ slug }) => slug))
