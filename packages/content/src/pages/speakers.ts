import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { imageProjection, imageSchema } from '../fragments/image'
import { linkProjection, linkSchema } from '../fragments/link'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  speakerListingProjection,
  speakerListingSchema,
  speakerSummaryProjection,
  speakerSummarySchema,
  speakerSummaryFields,
  speakerSummaryShape,
  talkSummaryFields,
  talkSummaryShape,
} from '../fragments/summaries'
import { talkWithEventFilter, talkWithEventOrder } from '../fragments/talk-with-event'
import { defineRead, deriveRead } from '../read'
import type {
  SpeakerOrderQueryResult,
  SpeakersPageQueryResult,
  SpeakerPageQueryResult,
} from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import { listOf, resultOf, documentOf } from '../validate'
import { talkSpeakerRoles } from '../vocabularies'

import { defineListPageRead } from './list-page'

/**
 * The order of the speakers list: every speaker with a page, by its listing, A–Ö in Swedish order
 * (GROQ's code-point order puts Ä before Å) and equal names by id, so that the list's pages never swap
 * entries between builds. Light enough to read whole for each page of the list (the embedded source's
 * API keeps it for the process); a page then reads its own entries by id (getSpeakersPage).
 */
export const speakerOrderQuery = defineQuery(
  `*[_type == "speaker" && defined(slug.current)]${speakerListingProjection}`,
)

const speakerOrderSchema = resultOf<SpeakerOrderQueryResult>()(listOf(speakerListingSchema, 'speaker'))

export const listSpeakerOrder = defineRead({
  query: speakerOrderQuery,
  tags: [cacheTags.list('speaker')],
  schema: speakerOrderSchema,
  then: sortBySwedishName,
})

export const speakersPageQuery = defineQuery(
  `*[_type == "speaker" && _id in $ids]${speakerSummaryProjection}`,
)

const speakersPageSchema = resultOf<SpeakersPageQueryResult>()(listOf(speakerSummarySchema, 'speaker'))

/** One page of the speakers list: the speakers with these ids (listSpeakerOrder's), in their order. */
export const getSpeakersPage = defineListPageRead({
  type: 'speaker',
  query: speakersPageQuery,
  schema: speakersPageSchema,
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

/** The speakers that have a page: those the speakers list lists. */
export const listSpeakerSlugs = deriveRead(listSpeakerOrder, (speakers) => speakers.map(({ slug }) => slug))
