import { defineQuery } from 'groq'

import { cacheTags } from '../cache-tags'
import { contactProjection, contactSchema } from '../fragments/contact'
import { defineRead } from '../read'
import type { SiteSettingsQueryResult } from '../sanity.types'
import { documentOf, resultOf } from '../validate'

// What every page shows (the footer's contact details), read from the association singleton so the
// details are written once, by editors, and not in the site's code.
export const siteSettingsQuery = defineQuery(
  `*[_type == "association" && _id == "association"][0]{${contactProjection}}`,
)

const siteSettingsSchema = resultOf<SiteSettingsQueryResult>()(documentOf(contactSchema, 'association'))

// Kept in the data cache (FetchOptions' keep): every page renders it, and it changes rarely.
export const getSiteSettings = defineRead({
  query: siteSettingsQuery,
  tags: [cacheTags.siteSettings],
  keep: true,
  schema: siteSettingsSchema,
})
