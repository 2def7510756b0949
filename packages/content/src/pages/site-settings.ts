import { defineQuery } from 'groq'
import type { z } from 'zod'

import { contactProjection, contactSchema } from '../fragments/contact'
import type { SiteSettingsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, resultOf } from '../validate'

// What every page shows (the footer's contact details), read from the association singleton so the
// details are written once, by editors, and not in the site's code.
export const siteSettingsQuery = defineQuery(
  `*[_type == "association" && _id == "association"][0]{${contactProjection}}`,
)

const siteSettingsSchema = resultOf<SiteSettingsQueryResult>()(documentOf(contactSchema, 'association'))

export type SiteSettings = NonNullable<z.output<typeof siteSettingsSchema>>

export async function getSiteSettings(source: ContentSource): Promise<SiteSettings | null> {
  return siteSettingsSchema.parse(await source.fetch(siteSettingsQuery))
}
