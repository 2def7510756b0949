import { defineQuery } from 'groq'
import { z } from 'zod'

import { imageProjection, imageSchema } from '../fragments/image'
import { linkProjection, linkSchema } from '../fragments/link'
import { talkSpeakerRoles } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { speakerSummaryFields, speakerSummarySchema } from '../fragments/speaker-summary'
import {
  talkWithEventFields,
  talkWithEventFilter,
  talkWithEventOrder,
  talkWithEventShape,
} from '../fragments/talk-with-event'
import type { SpeakerPageQueryResult, SpeakerSlugsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

// `roles`: the same person may appear in one talk more than once (e.g. host and speaker).
export const speakerPageQuery = defineQuery(`*[_type == "speaker" && slug.current == $slug][0]{
  ${speakerSummaryFields},
  bio${richTextProjection},
  "portrait": ${imageProjection('portrait')},
  links[]${linkProjection},
  "talks": *[${talkWithEventFilter} && ^._id in speakers[].speaker._ref] | ${talkWithEventOrder}{
    ${talkWithEventFields},
    "roles": speakers[speaker._ref == ^.^._id].role
  }
}`)

export const speakerSlugsQuery = defineQuery(`*[_type == "speaker" && defined(slug.current)].slug.current`)

const speakerTalkSchema = z.object({
  ...talkWithEventShape,
  roles: listOf(z.enum(talkSpeakerRoles), 'talk speaker role'),
})

const speakerPageSchema = resultOf<SpeakerPageQueryResult>()(
  documentOf(
    speakerSummarySchema.extend({
      bio: richTextSchema,
      portrait: documentOf(imageSchema, 'portrait'),
      links: listOf(linkSchema, 'speaker link'),
      talks: listOf(speakerTalkSchema, 'talk'),
    }),
    'speaker',
  ),
)

export type SpeakerPage = NonNullable<z.output<typeof speakerPageSchema>>

export async function getSpeakerPage(source: ContentSource, slug: string): Promise<SpeakerPage | null> {
  return speakerPageSchema.parse(await source.fetch(speakerPageQuery, { slug }))
}

const slugsSchema = resultOf<SpeakerSlugsQueryResult>()(z.array(z.string()))

export async function listSpeakerSlugs(source: ContentSource): Promise<string[]> {
  return slugsSchema.parse(await source.fetch(speakerSlugsQuery))
}
