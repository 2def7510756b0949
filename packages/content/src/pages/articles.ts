import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  articleListingFields,
  articleListingShape,
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
import type {
  ArticleOrderQueryResult,
  ArticlesPageQueryResult,
  ArticlePageQueryResult,
} from '../sanity.types'
import { newestFirst } from '../sort/newest-first'
import { listOf, resultOf, documentOf } from '../validate'
import type { ArticleKind } from '../vocabularies'

import { defineListPageRead } from './list-page'

/**
 * The order of the news archive: every article with a page, by its listing, with the key GROQ dates it
 * by (an article known by its year only sorts as the start of that year). Newest first, equal dates by
 * id, so the archive's pages never swap items between builds; sorted here (newestFirst), as the events
 * list is. Every kind in one read, without arguments, so that the embedded source's API keeps it for
 * the process and each view of the archive (a kind, a page, a feed) takes its share of it
 * (articlesOfKind); a page then reads its own summaries by id (getArticlesPage).
 */
export const articleOrderQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)]{${articleListingFields}, "sortKey": ${articleSortKey}}`,
)

const articleOrderSchema = resultOf<ArticleOrderQueryResult>()(
  listOf(withPublication({ ...articleListingShape, sortKey: z.string().nullable() }), 'article'),
)

export const listArticleOrder = defineRead({
  query: articleOrderQuery,
  tags: [cacheTags.list('article')],
  schema: articleOrderSchema,
  then: newestFirst,
})

/** The archive of one kind, or of all kinds (`null`): the entries of that kind, in their order. */
export function articlesOfKind<Entry extends { kind: ArticleKind }>(
  entries: readonly Entry[],
  kind: ArticleKind | null,
): readonly Entry[] {
  return kind ? entries.filter((entry) => entry.kind === kind) : entries
}

export const articlesPageQuery = defineQuery(
  `*[_type == "article" && _id in $ids]${articleSummaryProjection}`,
)

const articlesPageSchema = resultOf<ArticlesPageQueryResult>()(listOf(articleSummarySchema, 'article'))

/** The articles with these ids (listArticleOrder's), in their order: a page of the archive, or a feed. */
export const getArticlesPage = defineListPageRead({
  type: 'article',
  query: articlesPageQuery,
  schema: articlesPageSchema,
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

/** The articles that have a page: those the archive lists. */
export const listArticleSlugs = deriveRead(listArticleOrder, (articles) => articles.map(({ slug }) => slug))
