import { z } from 'zod'

/** The fields alone, for a page query that adds its own to an organisation. */
export const organisationSummaryFields = /* groq */ `_id, name, "slug": slug.current, kind, city`

export const organisationSummaryProjection = /* groq */ `{${organisationSummaryFields}}`

export const organisationKinds = [
  'municipality',
  'region',
  'company',
  'university',
  'sciencePark',
  'association',
  'agency',
  'other',
] as const

export const organisationSummarySchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  slug: z.string().min(1),
  kind: z.enum(organisationKinds),
  city: z.string().nullable(),
})

export type OrganisationSummary = z.output<typeof organisationSummarySchema>
