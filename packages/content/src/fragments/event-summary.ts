import { z } from 'zod'

import { documentOf } from '../validate'
import { eventDateModes, eventKinds, eventStatuses } from '../vocabularies'

import { routableSlug } from './slug'

/** The fields alone, for a query that adds its own to an event. */
export const eventSummaryFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  kind,
  status,
  dateMode,
  startsAt,
  endsAt,
  year,
  month,
  "venue": venue{name, city}
`

export const eventSummaryProjection = /* groq */ `{${eventSummaryFields}}`

const fixedDate = z.object({
  dateMode: z.literal('fixed'),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
})
const unconfirmedDate = z.object({
  dateMode: z.literal('unconfirmed'),
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
})

/** When an event happens: either fixed start and end, or only the year (and perhaps month) known. */
export const eventDateSchema = z.discriminatedUnion('dateMode', [fixedDate, unconfirmedDate])

export type EventDate = z.output<typeof eventDateSchema>

/** The date fields as a query returns them: every one may be null whatever the mode. */
export const eventDateFields = {
  dateMode: z.enum(eventDateModes.values),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  year: z.number().nullable(),
  month: z.number().nullable(),
}

type EventDateKey = keyof typeof eventDateFields

/**
 * An event-shaped result: reads the date fields as the query returns them (any may be null) and lets
 * through only dates that fit their mode, so a fixed event without a start is caught here, not in a page.
 */
export function withEventDate<Shape extends z.ZodRawShape>(shape: Shape) {
  const schema = z.object({ ...shape, ...eventDateFields }).superRefine((value, ctx) => {
    const date = eventDateSchema.safeParse(value)
    for (const issue of date.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
  })
  // The refinement above guarantees what this output type says.
  return schema as unknown as z.ZodType<
    Omit<z.output<typeof schema>, EventDateKey> & EventDate,
    z.input<typeof schema>
  >
}

/**
 * An event's identity: what it takes to have a page and to be linked to from anywhere. Every card shows
 * what kind of event it is, whether it was cancelled and when it is (withEventDate), so those are part
 * of it; the venue is a detail that may be dropped.
 */
export const eventSummaryShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('event'),
  kind: z.enum(eventKinds.values),
  status: z.enum(eventStatuses.values),
  venue: documentOf(z.object({ name: z.string().nullable(), city: z.string().nullable() }), 'venue'),
}

export const eventSummarySchema = withEventDate(eventSummaryShape)

export type EventSummary = z.output<typeof eventSummarySchema>
