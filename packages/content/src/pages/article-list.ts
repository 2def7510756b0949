import { defineQuery } from 'groq'

import { cacheTags } from '../cache-tags'
import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import { defineRead } from '../read'
import type { ArticleListQueryResult } from '../sanity.types'
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

export const listArticles = defineRead({
  query: articleListQuery,
  params: (kind: ArticleKind | null = null) => ({ kind }),
  tags: [cacheTags.list('article')],
  schema: articleListSchema,
})
