import { z } from 'zod'

import { eventSortKey } from './event-date-keys'
import { eventSummaryProjection, eventSummarySchema } from './event-summary'

/**
 * A talk listed outside its event's programme (on a speaker's or an organisation's page): what it was
 * called and at which event. Only talks whose event has a page are listed, since the talk's own page
 * lives under its event.
 */
export const talkWithEventFilter = /* groq */ `_type == "talk" && defined(slug.current) && defined(event->slug.current)`

/** Newest event first (events whose day is not fixed by what is known of their date), then programme order. */
export const talkWithEventOrder = /* groq */ `order(event->{"key": ${eventSortKey}}.key desc, order asc)`

export const talkWithEventFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  "event": event->${eventSummaryProjection}
`

export const talkWithEventShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  event: eventSummarySchema,
}

export const talkWithEventSchema = z.object(talkWithEventShape)

export type TalkWithEvent = z.output<typeof talkWithEventSchema>
