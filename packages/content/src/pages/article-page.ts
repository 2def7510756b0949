import { defineQuery } from 'groq'
import { z } from 'zod'

import { articleSummarySchema } from '../fragments/article-summary'
import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import type { ArticlePageQueryResult, ArticleSlugsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, resultOf } from '../validate'

export const articlePageQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  kind,
  publishedAt,
  publishedYear,
  excerpt,
  author,
  body${richTextProjection},
  "event": event->${eventSummaryProjection}
}`)

export const articleSlugsQuery = defineQuery(`*[_type == "article" && defined(slug.current)].slug.current`)

const articlePageSchema = resultOf<ArticlePageQueryResult>()(
  documentOf(
    articleSummarySchema.and(
      z.object({
        author: z.string().nullable(),
        body: richTextSchema,
        event: documentOf(eventSummarySchema, 'event'),
      }),
    ),
    'article',
  ),
)

export type ArticlePage = NonNullable<z.output<typeof articlePageSchema>>

export async function getArticlePage(source: ContentSource, slug: string): Promise<ArticlePage | null> {
  return articlePageSchema.parse(await source.fetch(articlePageQuery, { slug }))
}

const slugsSchema = resultOf<ArticleSlugsQueryResult>()(z.array(z.string()))

export async function listArticleSlugs(source: ContentSource): Promise<string[]> {
  return slugsSchema.parse(await source.fetch(articleSlugsQuery))
}
