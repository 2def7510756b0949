import { defineQuery } from 'groq'

import { cacheTags } from '../cache-tags'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { defineRead } from '../read'
import type { OrganisationsPageQueryResult } from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import { listOf, resultOf } from '../validate'

export const organisationsPageQuery = defineQuery(
  `*[_type == "organisation" && defined(slug.current)]${organisationSummaryProjection}`,
)

const organisationsPageSchema = resultOf<OrganisationsPageQueryResult>()(
  listOf(organisationSummarySchema, 'organisation'),
)

/** Every organisation, A–Ö in Swedish order (the site groups them by kind). */
export const getOrganisationsPage = defineRead({
  query: organisationsPageQuery,
  tags: [cacheTags.list('organisation')],
  schema: organisationsPageSchema,
  then: sortBySwedishName,
})
