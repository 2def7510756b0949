import { defineQuery } from 'groq'
import { z } from 'zod'

import { contactProjection, contactShape } from '../fragments/contact'
import { focusAreaSchema, focusAreasProjection } from '../fragments/focus-area'
import { organisationSummaryFields, organisationSummaryShape } from '../fragments/organisation-summary'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { speakerSummaryProjection, speakerSummarySchema } from '../fragments/speaker-summary'
import type { AboutPageQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

export const aboutPageQuery = defineQuery(`*[_type == "association" && _id == "association"][0]{
  _id,
  ${contactProjection},
  shortName,
  intro,
  memberCount,
  description${richTextProjection},
  "members": members[]->{${organisationSummaryFields}, county},
  ${focusAreasProjection},
  "chair": chair->${speakerSummaryProjection}
}`)

/** A member municipality or region, with the county the association page groups it under. */
const memberSchema = z.object({ ...organisationSummaryShape, county: documentOf(z.string(), 'county') })

export type Member = z.output<typeof memberSchema>

const aboutPageSchema = resultOf<AboutPageQueryResult>()(
  documentOf(
    z.object({
      _id: z.string(),
      ...contactShape,
      shortName: z.string().nullable(),
      intro: z.string().nullable(),
      memberCount: z.number().int().min(0).nullable(),
      description: richTextSchema,
      members: listOf(memberSchema, 'member'),
      focusAreas: listOf(focusAreaSchema, 'focus area'),
      chair: documentOf(speakerSummarySchema, 'chair'),
    }),
    'association',
  ),
)

export type AboutPage = NonNullable<z.output<typeof aboutPageSchema>>

export async function getAboutPage(source: ContentSource): Promise<AboutPage | null> {
  return aboutPageSchema.parse(await source.fetch(aboutPageQuery))
}
