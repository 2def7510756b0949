import { z } from 'zod'

import { listOf } from '../validate'
import { organisationSummaryProjection, organisationSummarySchema } from './organisation-summary'

/** The fields alone, for a page query that adds its own to a speaker. */
export const speakerSummaryFields = /* groq */ `
  _id,
  name,
  "slug": slug.current,
  affiliations[]{_key, role, "organisation": organisation->${organisationSummaryProjection}}
`

export const speakerSummaryProjection = /* groq */ `{${speakerSummaryFields}}`

const affiliationSchema = z.object({
  _key: z.string(),
  role: z.string().min(1),
  organisation: organisationSummarySchema,
})

export const speakerSummarySchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  affiliations: listOf(affiliationSchema, 'affiliation'),
})

export type SpeakerSummary = z.output<typeof speakerSummarySchema>
