import type { EventDate } from '@bergslaget/content'

import { stockholmYear } from '@/lib/format/stockholm'
import type { ListGroup } from '@/lib/pagination/grouped-list'

export function eventYear(event: EventDate): number {
  return event.dateMode === 'fixed' ? stockholmYear(event.startsAt) : event.year
}

/** The group of an event's year (`#ar-2022`, heading "2022"). */
export function yearGroup(event: EventDate): ListGroup {
  const year = eventYear(event)
  return { id: `ar-${year}`, heading: String(year) }
}

/**
 * Events newest year first, keeping the order they come in within a year (the list's, newest first).
 * That order is by start in UTC, so an event just after midnight on New Year's Day in Sweden may come
 * among the old year's undated events; this keeps each year's events together.
 */
export function byYear<T extends EventDate>(events: readonly T[]): T[] {
  return events
    .map((event) => ({ event, year: eventYear(event) }))
    .sort((a, b) => b.year - a.year)
    .map(({ event }) => event)
}
