import { z } from 'zod'

import { listOf } from '../validate'

import { organisationSummaryProjection, organisationSummarySchema } from './organisation-summary'
import { routableSlug } from './slug'

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

/**
 * A speaker's identity (id, name, routable slug): what it takes to have a page and to be linked to.
 * The affiliations shown beside the name are dropped one by one, never the speaker.
 */
export const speakerSummaryShape = {
  _id: z.string(),
  name: z.string().min(1),
  slug: routableSlug('speaker'),
  affiliations: listOf(affiliationSchema, 'affiliation'),
}

export const speakerSummarySchema = z.object(speakerSummaryShape)

export type SpeakerSummary = z.output<typeof speakerSummarySchema>
