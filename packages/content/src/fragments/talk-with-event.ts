import { eventSortKey } from './event-date-keys'

/**
 * A talk listed outside its event's programme (on a speaker's or an organisation's page): its summary,
 * which names its event. The filter is only a first cut; talkSummarySchema decides what is listed.
 */
export const talkWithEventFilter = /* groq */ `_type == "talk" && defined(slug.current) && defined(event->slug.current)`

/** Newest event first (events whose day is not fixed by what is known of their date), then programme order. */
export const talkWithEventOrder = /* groq */ `order(event->{"key": ${eventSortKey}}.key desc, order asc)`
