import type { EventDate } from '@bergslaget/content'

/** An event as it can go into a calendar: with a fixed start and end. */
export type CalendarEvent<Event extends EventDate> = Extract<Event, { dateMode: 'fixed' }>

/**
 * Whether an event goes into a calendar: only with a fixed date. An event known only by its year or
 * month has no time a calendar could hold; it is in neither the feed nor a file of its own.
 */
export function hasCalendarEntry<Event extends EventDate>(event: Event): event is CalendarEvent<Event> {
  return event.dateMode === 'fixed'
}
