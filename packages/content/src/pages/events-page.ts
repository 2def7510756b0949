import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { eventSortKey, isUpcoming } from '../fragments/event-date-keys'
import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { defineRead } from '../read'
import type { EventsPageQueryResult } from '../sanity.types'
import { listOf, resultOf } from '../validate'

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
