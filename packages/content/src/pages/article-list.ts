import { defineQuery } from 'groq'
import type { z } from 'zod'

import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import type { ArticleListQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { listOf, resultOf } from '../validate'
import type { ArticleKind } from '../vocabularies'

/**
 * Every article of one kind (or of all kinds, `$kind == null`), newest first; `_id` breaks ties so pages
 * of the archive never swap items between builds. The whole list is fetched and the site paginates it:
 * summaries are small, the site needs the total of each kind anyway to prerender its pages, and a page
 * count taken after validation cannot disagree with the items shown.
 */
export const articleListQuery = defineQuery(
  `*[_type == "article" && defined(slug.current) && ($kind == null || kind == $kind)] | order(${articleSortKey} desc, _id asc)${articleSummaryProjection}`,
)

const articleListSchema = resultOf<ArticleListQueryResult>()(listOf(articleSummarySchema, 'article'))

export type ArticleList = z.output<typeof articleListSchema>

export async function listArticles(
  source: ContentSource,
  kind: ArticleKind | null = null,
): Promise<ArticleList> {
  return articleListSchema.parse(await source.fetch(articleListQuery, { kind }))
}
