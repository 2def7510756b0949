import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { articleSummaryShape, withPublication } from '../fragments/article-summary'
import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { speakerSummaryProjection, speakerSummarySchema } from '../fragments/speaker-summary'
import { defineRead, deriveRead } from '../read'
import type { ArticlePageQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

import { listArticles } from './article-list'

/**
 * The documents the body's internal links point at. Selecting the documents whose id is in that list
 * (rather than dereferencing each link) lists each person or organisation once however often it is
 * named; the page sorts them A–Ö in Swedish, which GROQ's code-point order cannot.
 */
const mentionedIds = /* groq */ `^.body[].markDefs[_type == "internalLink"].reference._ref`

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
  "event": event->${eventSummaryProjection},
  "mentionedSpeakers": *[_type == "speaker" && _id in ${mentionedIds} && defined(slug.current)]${speakerSummaryProjection},
  "mentionedOrganisations": *[_type == "organisation" && _id in ${mentionedIds} && defined(slug.current)]${organisationSummaryProjection}
}`)

const articlePageSchema = resultOf<ArticlePageQueryResult>()(
  documentOf(
    withPublication({
      ...articleSummaryShape,
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
