import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { linkProjection, linkSchema } from '../fragments/link'
import { programmeTalkFields, programmeTalkShape } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { talkSummaryProjection, talkSummarySchema } from '../fragments/summaries'
import { talkWithEventFilter } from '../fragments/talk-with-event'
import { videoProjection, videoSchema } from '../fragments/video'
import { defineRead } from '../read'
import type { TalkPageQueryResult, TalkParamsQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

/** A talk is found only under its own event: /evenemang/{event}/{talk}. */
export const talkPageQuery =
  defineQuery(`*[_type == "talk" && slug.current == $talk && event->slug.current == $event][0]{
  ${programmeTalkFields},
  summary${richTextProjection},
  links[]${linkProjection},
  "slides": slides.asset->{url, originalFilename, extension, size},
  "recording": ${videoProjection('recording')}
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
      recording: documentOf(videoSchema, 'recording'),
    }),
    'talk',
  ),
)

export const getTalkPage = defineRead({
  query: talkPageQuery,
  params: (event: string, talk: string) => ({ event, talk }),
  address: cacheTags.talk,
  schema: talkPageSchema,
})

const talkParamsSchema = resultOf<TalkParamsQueryResult>()(listOf(talkSummarySchema, 'talk'))

/** The talks that have a page, as the route's params. */
export const listTalkParams = defineRead({
  query: talkParamsQuery,
  tags: [cacheTags.list('talk')],
  schema: talkParamsSchema,
  then: (talks) => talks.map((talk) => ({ event: talk.event.slug, talk: talk.slug })),
})
