import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { imageProjection, imageSchema } from '../fragments/image'
import { linkProjection, linkSchema } from '../fragments/link'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  speakerSummaryProjection,
  speakerSummarySchema,
  speakerSummaryFields,
  speakerSummaryShape,
  talkSummaryFields,
  talkSummaryShape,
} from '../fragments/summaries'
import { talkWithEventFilter, talkWithEventOrder } from '../fragments/talk-with-event'
import { defineRead, deriveRead } from '../read'
import type { SpeakersPageQueryResult, SpeakerPageQueryResult } from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import { listOf, resultOf, documentOf } from '../validate'
import { talkSpeakerRoles } from '../vocabularies'

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

// `roles`: the same person may appear in one talk more than once (e.g. host and speaker).
export const speakerPageQuery = defineQuery(`*[_type == "speaker" && slug.current == $slug][0]{
  ${speakerSummaryFields},
  bio${richTextProjection},
  "portrait": ${imageProjection('portrait')},
  links[]${linkProjection},
  "talks": *[${talkWithEventFilter} && ^._id in speakers[].speaker._ref] | ${talkWithEventOrder}{
    ${talkSummaryFields},
    "roles": speakers[speaker._ref == ^.^._id].role
  }
}`)

const speakerTalkSchema = z.object({
  ...talkSummaryShape,
  roles: listOf(z.enum(talkSpeakerRoles.values), 'talk speaker role'),
})

const speakerPageSchema = resultOf<SpeakerPageQueryResult>()(
  documentOf(
    z.object({
      ...speakerSummaryShape,
      bio: richTextSchema,
      portrait: documentOf(imageSchema, 'portrait'),
      links: listOf(linkSchema, 'speaker link'),
      talks: listOf(speakerTalkSchema, 'talk'),
    }),
    'speaker',
  ),
)

export const getSpeakerPage = defineRead({
  query: speakerPageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.speaker,
  schema: speakerPageSchema,
})

/** The speakers that have a page: those the speakers page lists, by the same summary. */
export const listSpeakerSlugs = deriveRead(getSpeakersPage, (speakers) => speakers.map(({ slug }) => slug))
