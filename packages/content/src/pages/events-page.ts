import { defineQuery } from 'groq'
import { z } from 'zod'

import { eventSortKey, isUpcoming } from '../fragments/event-date-keys'
import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import type { EventsPageQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
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

export type EventsPage = z.output<typeof eventsPageSchema>

/** Upcoming events soonest first, then past events newest first. */
export async function getEventsPage(source: ContentSource): Promise<EventsPage> {
  return eventsPageSchema.parse(await source.fetch(eventsPageQuery))
}
