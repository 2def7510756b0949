import { defineQuery } from 'groq'
import { z } from 'zod'

import { linkProjection, linkSchema } from '../fragments/link'
import { programmeTalkFields, programmeTalkShape } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { talkSummaryProjection, talkSummarySchema } from '../fragments/talk-summary'
import { talkWithEventFilter } from '../fragments/talk-with-event'
import type { TalkPageQueryResult, TalkParamsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

/** A talk is found only under its own event: /evenemang/{event}/{talk}. */
export const talkPageQuery =
  defineQuery(`*[_type == "talk" && slug.current == $talk && event->slug.current == $event][0]{
  ${programmeTalkFields},
  summary${richTextProjection},
  links[]${linkProjection},
  "slides": slides.asset->{url, originalFilename, extension, size}
}`)

/** Every talk's summary: the talks with a page are those whose summary (and so their event's) is valid. */
export const talkParamsQuery = defineQuery(`*[${talkWithEventFilter}]${talkSummaryProjection}`)

const slidesSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  originalFilename: z.string().nullable(),
  extension: z.string().nullable(),
  size: z.number().nullable(),
})

const talkPageSchema = resultOf<TalkPageQueryResult>()(
  documentOf(
    z.object({
      ...programmeTalkShape,
      summary: richTextSchema,
      links: listOf(linkSchema, 'talk link'),
      slides: documentOf(slidesSchema, 'slides'),
    }),
    'talk',
  ),
)

export type TalkPage = NonNullable<z.output<typeof talkPageSchema>>

export async function getTalkPage(
  source: ContentSource,
  event: string,
  talk: string,
): Promise<TalkPage | null> {
  return talkPageSchema.parse(await source.fetch(talkPageQuery, { event, talk }))
}

const talkParamsSchema = resultOf<TalkParamsQueryResult>()(listOf(talkSummarySchema, 'talk'))

export async function listTalkParams(source: ContentSource): Promise<{ event: string; talk: string }[]> {
  const talks = talkParamsSchema.parse(await source.fetch(talkParamsQuery))
  return talks.map((talk) => ({ event: talk.event.slug, talk: talk.slug }))
}
