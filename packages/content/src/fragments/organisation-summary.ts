import { z } from 'zod'

export const organisationSummaryProjection = /* groq */ `{_id, name, "slug": slug.current, kind, city}`

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
