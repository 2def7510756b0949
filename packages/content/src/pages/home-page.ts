import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { eventSortKey, isUpcoming } from '../fragments/event-date-keys'
import { focusAreaSchema, focusAreasProjection } from '../fragments/focus-area'
import {
  articleSortKey,
  articleSummaryProjection,
  articleSummarySchema,
  eventSummaryProjection,
  eventSummarySchema,
} from '../fragments/summaries'
import { defineRead } from '../read'
import type { HomePageQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

export const homePageQuery = defineQuery(`{
  "association": *[_type == "association" && _id == "association"][0]{
    _id,
    name,
    intro,
    ${focusAreasProjection}
  },
  "articles": *[_type == "article" && defined(slug.current)] | order(${articleSortKey} desc)[0...3]${articleSummaryProjection},
  "upcomingEvents": *[_type == "event" && defined(slug.current) && ${isUpcoming}] | order(${eventSortKey} asc)[0...3]${eventSummaryProjection}
}`)

const associationSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  intro: z.string().min(1),
  focusAreas: listOf(focusAreaSchema, 'focus area'),
})

const homePageSchema = resultOf<HomePageQueryResult>()(
  z.object({
    association: documentOf(associationSchema, 'association'),
    articles: listOf(articleSummarySchema, 'article'),
    upcomingEvents: listOf(eventSummarySchema, 'event'),
  }),
)

// The association's intro is the site settings' document; the latest articles and events are lists.
export const getHomePage = defineRead({
  query: homePageQuery,
  tags: [cacheTags.siteSettings, cacheTags.list('article'), cacheTags.list('event')],
  schema: homePageSchema,
})
