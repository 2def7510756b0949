import { defineQuery } from 'groq'
import { z } from 'zod'

import { imageProjection, imageSchema } from '../fragments/image'
import { linkProjection, linkSchema } from '../fragments/link'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { speakerSummaryFields, speakerSummaryShape } from '../fragments/speaker-summary'
import { talkSummaryFields, talkSummaryShape } from '../fragments/talk-summary'
import { talkWithEventFilter, talkWithEventOrder } from '../fragments/talk-with-event'
import type { SpeakerPageQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'
import { talkSpeakerRoles } from '../vocabularies'
import { getSpeakersPage } from './speakers-page'

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

export type SpeakerPage = NonNullable<z.output<typeof speakerPageSchema>>

export async function getSpeakerPage(source: ContentSource, slug: string): Promise<SpeakerPage | null> {
  return speakerPageSchema.parse(await source.fetch(speakerPageQuery, { slug }))
}

/** The speakers that have a page: those the speakers page lists, by the same summary. */
export async function listSpeakerSlugs(source: ContentSource): Promise<string[]> {
  return (await getSpeakersPage(source)).map((speaker) => speaker.slug)
}
