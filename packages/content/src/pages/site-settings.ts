import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { contactProjection, contactShape } from '../fragments/contact'
import { infoPageSummaryProjection, infoPageSummarySchema } from '../fragments/summaries'
import { defineRead } from '../read'
import type { SiteSettingsQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

// What every page shows (the footer's contact details and links), read from the association singleton
// so the details are written once, by editors, and not in the site's code.
export const siteSettingsQuery = defineQuery(
  `*[_type == "association" && _id == "association"][0]{
    ${contactProjection},
    "footerLinks": footerLinks[]->${infoPageSummaryProjection}
  }`,
)

// A footer link to a page without one (unpublished, deleted, or an invalid slug) is left out, logged.
const siteSettingsSchema = resultOf<SiteSettingsQueryResult>()(
  documentOf(
    z.object({ ...contactShape, footerLinks: listOf(infoPageSummarySchema, 'footer link') }),
    'association',
  ),
)

// Kept in the data cache (FetchOptions' keep): every page renders it, and it changes rarely. The
// footer names its pages by their titles, so a publish of any of them refreshes it too.
export const getSiteSettings = defineRead({
  query: siteSettingsQuery,
  tags: [cacheTags.siteSettings, cacheTags.list('infoPage')],
  keep: true,
  schema: siteSettingsSchema,
})
