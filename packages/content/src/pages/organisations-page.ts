import { defineQuery } from 'groq'
import type { z } from 'zod'

import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import type { OrganisationsPageQueryResult } from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import type { ContentSource } from '../source/content-source'
import { listOf, resultOf } from '../validate'

export const organisationsPageQuery = defineQuery(
  `*[_type == "organisation" && defined(slug.current)]${organisationSummaryProjection}`,
)

const organisationsPageSchema = resultOf<OrganisationsPageQueryResult>()(
  listOf(organisationSummarySchema, 'organisation'),
)

export type OrganisationsPage = z.output<typeof organisationsPageSchema>

/** Every organisation, A–Ö in Swedish order (the site groups them by kind). */
export async function getOrganisationsPage(source: ContentSource): Promise<OrganisationsPage> {
  return sortBySwedishName(organisationsPageSchema.parse(await source.fetch(organisationsPageQuery)))
}
