import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  articleSortKey,
  articleSummaryProjection,
  articleSummarySchema,
  articleSummaryShape,
  articleSummaryFields,
  withPublication,
  eventSummaryProjection,
  eventSummarySchema,
  organisationSummaryProjection,
  organisationSummarySchema,
  speakerSummaryProjection,
  speakerSummarySchema,
} from '../fragments/summaries'
import { defineRead, deriveRead } from '../read'
import type { ArticleListQueryResult, ArticlePageQueryResult } from '../sanity.types'
import { listOf, resultOf, documentOf } from '../validate'
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

/**
 * The documents the body's internal links point at. Selecting the documents whose id is in that list
 * (rather than dereferencing each link) lists each person or organisation once however often it is
 * named; the page sorts them A–Ö in Swedish, which GROQ's code-point order cannot.
 */
const mentionedIds = /* groq */ `^.body[].markDefs[_type == "internalLink"].reference._ref`

export const articlePageQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  ${articleSummaryFields},
  _updatedAt,
  author,
  body${richTextProjection},
  "event": event->${eventSummaryProjection},
  "mentionedSpeakers": *[_type == "speaker" && _id in ${mentionedIds} && defined(slug.current)]${speakerSummaryProjection},
  "mentionedOrganisations": *[_type == "organisation" && _id in ${mentionedIds} && defined(slug.current)]${organisationSummaryProjection}
}`)

const articlePageSchema = resultOf<ArticlePageQueryResult>()(
  documentOf(
    withPublication({
      ...articleSummaryShape,
      _updatedAt: documentOf(z.iso.datetime(), 'last change'),
      author: documentOf(z.string(), 'author'),
      body: richTextSchema,
      event: documentOf(eventSummarySchema, 'event'),
      mentionedSpeakers: listOf(speakerSummarySchema, 'mentioned speaker'),
      mentionedOrganisations: listOf(organisationSummarySchema, 'mentioned organisation'),
    }),
    'article',
  ),
)

export const getArticlePage = defineRead({
  query: articlePageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.article,
  schema: articlePageSchema,
})

/** The articles that have a page: those the archive lists, by the same summary. */
export const listArticleSlugs = deriveRead(listArticles, (articles) => articles.map(({ slug }) => slug))
