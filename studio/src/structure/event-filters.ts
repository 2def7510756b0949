import { eventEndKey, isUpcoming } from '@bergslaget/content/event-dates'

/**
 * The site's own rule for "upcoming" (an event without any date is in neither list, only in "Alla").
 * `eventEndKey` in schema/shared/event-period.ts is the same rule in TypeScript for validation; the
 * structure test checks the two agree.
 */
export const UPCOMING_EVENTS_FILTER = `_type == "event" && ${isUpcoming}`
export const PAST_EVENTS_FILTER = `_type == "event" && ${eventEndKey} < now()`
