import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { contactProjection, contactShape } from '../fragments/contact'
import { focusAreaSchema, focusAreasProjection } from '../fragments/focus-area'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  organisationSummaryFields,
  organisationSummaryShape,
  speakerSummaryProjection,
  speakerSummarySchema,
} from '../fragments/summaries'
import { defineRead } from '../read'
import type { AboutPageQueryResult } from '../sanity.types'
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

export const getAboutPage = defineRead({
  query: aboutPageQuery,
  tags: [cacheTags.association],
  schema: aboutPageSchema,
})
