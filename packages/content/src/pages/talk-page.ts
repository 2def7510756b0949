import { defineQuery } from 'groq'
import { z } from 'zod'

import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { linkProjection, linkSchema } from '../fragments/link'
import { programmeTalkFields, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import type { TalkPageQueryResult, TalkParamsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

/** A talk is found only under its own event: /evenemang/{event}/{talk}. */
export const talkPageQuery =
  defineQuery(`*[_type == "talk" && slug.current == $talk && event->slug.current == $event][0]{
  ${programmeTalkFields},
  summary${richTextProjection},
  links[]${linkProjection},
  "slides": slides.asset->{url, originalFilename, extension, size},
  "event": event->${eventSummaryProjection}
}`)

export const talkParamsQuery = defineQuery(
  `*[_type == "talk" && defined(slug.current) && defined(event->slug.current)]{"event": event->slug.current, "talk": slug.current}`,
)

const slidesSchema = z.object({
  url: z.url(),
  originalFilename: z.string().nullable(),
  extension: z.string().nullable(),
  size: z.number().nullable(),
})

const talkPageSchema = resultOf<TalkPageQueryResult>()(
  documentOf(
    programmeTalkSchema.extend({
      summary: richTextSchema,
      links: listOf(linkSchema, 'talk link'),
      slides: documentOf(slidesSchema, 'slides'),
      event: eventSummarySchema,
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

const talkParamsSchema = resultOf<TalkParamsQueryResult>()(
  z.array(z.object({ event: z.string(), talk: z.string() })),
)

export async function listTalkParams(source: ContentSource): Promise<{ event: string; talk: string }[]> {
  return talkParamsSchema.parse(await source.fetch(talkParamsQuery))
}
