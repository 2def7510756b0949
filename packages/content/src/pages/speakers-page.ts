import { defineQuery } from 'groq'
import type { z } from 'zod'

import { speakerSummaryProjection, speakerSummarySchema } from '../fragments/speaker-summary'
import type { SpeakersPageQueryResult } from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import type { ContentSource } from '../source/content-source'
import { listOf, resultOf } from '../validate'

export const speakersPageQuery = defineQuery(
  `*[_type == "speaker" && defined(slug.current)]${speakerSummaryProjection}`,
)

const speakersPageSchema = resultOf<SpeakersPageQueryResult>()(listOf(speakerSummarySchema, 'speaker'))

export type SpeakersPage = z.output<typeof speakersPageSchema>

/** Every speaker, A–Ö in Swedish order. */
export async function getSpeakersPage(source: ContentSource): Promise<SpeakersPage> {
  return sortBySwedishName(speakersPageSchema.parse(await source.fetch(speakersPageQuery)))
}
