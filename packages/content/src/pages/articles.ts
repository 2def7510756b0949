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
 * The body's internal links to documents of one type with a page, each followed by its reference:
 * one lookup per link, where selecting the documents whose id is among the links would evaluate the
 * list once for every document of the dataset (12 s at 19,000 documents; bench:queries). A person named
 * twice comes twice; the site lists each once and sorts them A–Ö in Swedish, which GROQ's code-point
 * order cannot.
 */
const linkedDocuments = (type: string) =>
  /* groq */ `body[].markDefs[_type == "internalLink" && reference->_type == "${type}" && defined(reference->slug.current)].reference->`

export const articlePageQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  ${articleSummaryFields},
  _updatedAt,
  author,
  body${richTextProjection},
  "event": event->${eventSummaryProjection},
  "mentionedSpeakers": ${linkedDocuments('speaker')}${speakerSummaryProjection},
  "mentionedOrganisations": ${linkedDocuments('organisation')}${organisationSummaryProjection}
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

/** Each document once, where it first comes. */
const onceEach = <Document extends { _id: string }>(documents: Document[]) => [
  ...new Map(documents.map((document) => [document._id, document])).values(),
]

export const getArticlePage = defineRead({
  query: articlePageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.article,
  schema: articlePageSchema,
  then: (article) =>
    article && {
      ...article,
      mentionedSpeakers: onceEach(article.mentionedSpeakers),
      mentionedOrganisations: onceEach(article.mentionedOrganisations),
    },
})

/** The articles that have a page: those the archive lists, by the same summary. */
export const listArticleSlugs = deriveRead(listArticles, (articles) => articles.map(({ slug }) => slug))
