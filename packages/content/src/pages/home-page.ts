import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import type { ContentApi } from '../content-api'
import { upcomingAndPast } from '../fragments/event-date-keys'
import { focusAreaSchema, focusAreasProjection } from '../fragments/focus-area'
import { defineRead } from '../read'
import type { HomePageQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

export const homePageQuery = defineQuery(`{
  "association": *[_type == "association" && _id == "association"][0]{
    _id,
    name,
    intro,
    ${focusAreasProjection}
  }
}`)

const associationSchema = z.object({
  _id: z.string(),
  name: z.string().min(1),
  intro: z.string().min(1),
  focusAreas: listOf(focusAreaSchema, 'focus area'),
})

const homePageSchema = resultOf<HomePageQueryResult>()(
  z.object({ association: documentOf(associationSchema, 'association') }),
)

// The association's intro is the site settings' document. The home page's lists are read as the lists
// themselves read them (readHomeLists).
export const getHomePage = defineRead({
  query: homePageQuery,
  tags: [cacheTags.siteSettings],
  schema: homePageSchema,
})

/** How many upcoming events and latest articles the home page shows. */
const homeListSize = 3

type ListReads = Pick<ContentApi, 'listEventOrder' | 'getEventsPage' | 'listArticleOrder' | 'getArticlesPage'>

const idsOf = (entries: readonly { _id: string }[]) => entries.slice(0, homeListSize).map(({ _id }) => _id)

/**
 * The home page's upcoming events (soonest first) and latest articles: the first few of the events
 * list's and the archive's orders, then their summaries by id. The orders have no clock in them, so the
 * bundled dataset's API keeps them for the process and the split at `now` is made here, as the events
 * list makes it: a query that sorted and filtered both types with `now()` took 30 ms at 20,000
 * documents, asked anew on every render (npm run bench:queries).
 */
export async function readHomeLists(api: ListReads, now: Date) {
  const [events, articles] = await Promise.all([api.listEventOrder(), api.listArticleOrder()])
  const [upcomingEvents, latestArticles] = await Promise.all([
    api.getEventsPage(idsOf(upcomingAndPast(events, now).upcoming)),
    api.getArticlesPage(idsOf(articles)),
  ])
  return { upcomingEvents, articles: latestArticles }
}
