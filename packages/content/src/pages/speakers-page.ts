import { defineQuery } from 'groq'

import { cacheTags } from '../cache-tags'
import { speakerSummaryProjection, speakerSummarySchema } from '../fragments/speaker-summary'
import { defineRead } from '../read'
import type { SpeakersPageQueryResult } from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import { listOf, resultOf } from '../validate'

export const speakersPageQuery = defineQuery(
  `*[_type == "speaker" && defined(slug.current)]${speakerSummaryProjection}`,
)

const speakersPageSchema = resultOf<SpeakersPageQueryResult>()(listOf(speakerSummarySchema, 'speaker'))

/** Every speaker, A–Ö in Swedish order. */
export const getSpeakersPage = defineRead({
  query: speakersPageQuery,
  tags: [cacheTags.list('speaker')],
  schema: speakersPageSchema,
  then: sortBySwedishName,
})
