import { z } from 'zod'

import { eventDateModes } from '../vocabularies'

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
