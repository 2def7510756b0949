import { z } from 'zod'

import { eventSummaryProjection, eventSummarySchema } from './event-summary'
import { routableSlug } from './slug'

/** The fields alone, for a query that adds its own to a talk. */
export const talkSummaryFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  order,
  "event": event->${eventSummaryProjection}
`

export const talkSummaryProjection = /* groq */ `{${talkSummaryFields}}`

/**
 * A talk's identity: what it takes to have a page and to be linked to from anywhere. Its page lives
 * under its event's and names it, so a talk whose event has no page has none either; its position in
 * the programme is what the talk page and the programme are built on.
 */
export const talkSummaryShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('talk'),
  order: z.number().int(),
  event: eventSummarySchema,
}

export const talkSummarySchema = z.object(talkSummaryShape)

export type TalkSummary = z.output<typeof talkSummarySchema>
