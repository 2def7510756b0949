import { defineQuery } from 'groq'
import { z } from 'zod'

import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import { eventSortKey, eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import type { HomePageQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

export const homePageQuery = defineQuery(`{
  "association": *[_type == "association" && _id == "association"][0]{
    _id,
    name,
    shortName,
    memberCount,
    description${richTextProjection},
    focusAreas[]{_key, title, period, description}
  },
  "articles": *[_type == "article" && defined(slug.current)] | order(${articleSortKey} desc)[0...5]${articleSummaryProjection},
  "events": *[_type == "event" && defined(slug.current)] | order(${eventSortKey} desc)[0...6]${eventSummaryProjection}
}`)

const focusAreaSchema = z.object({
  _key: z.string(),
  title: z.string().min(1),
  period: z.string().min(1),
  description: z.string().nullable(),
})

const associationSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  shortName: z.string().nullable(),
  memberCount: z.number().int().nullable(),
  description: richTextSchema,
  focusAreas: listOf(focusAreaSchema, 'focus area'),
})

const homePageSchema = resultOf<HomePageQueryResult>()(
  z.object({
    association: documentOf(associationSchema, 'association'),
    articles: listOf(articleSummarySchema, 'article'),
    events: listOf(eventSummarySchema, 'event'),
  }),
)

export type HomePage = z.output<typeof homePageSchema>

export async function getHomePage(source: ContentSource): Promise<HomePage> {
  return homePageSchema.parse(await source.fetch(homePageQuery))
}
