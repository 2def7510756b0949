import { z } from 'zod'

import { documentOf } from '../validate'
import { organisationKinds } from '../vocabularies'

import { routableSlug } from './slug'

/** The fields alone, for a page query that adds its own to an organisation. */
export const organisationSummaryFields = /* groq */ `_id, name, "slug": slug.current, kind, city`

export const organisationSummaryProjection = /* groq */ `{${organisationSummaryFields}}`

/**
 * An organisation's identity: what it takes to have a page and to be linked to from anywhere. Lists
 * group organisations by kind, so the kind is part of it; the city is a detail that may be dropped.
 */
export const organisationSummaryShape = {
  _id: z.string(),
  name: z.string().min(1),
  slug: routableSlug('organisation'),
  kind: z.enum(organisationKinds.values),
  city: documentOf(z.string(), 'city'),
}

export const organisationSummarySchema = z.object(organisationSummaryShape)

export type OrganisationSummary = z.output<typeof organisationSummarySchema>
