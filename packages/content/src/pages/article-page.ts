import { defineQuery } from 'groq'
import { z } from 'zod'

import { articleSummarySchema } from '../fragments/article-summary'
import { eventSummaryProjection, eventSummarySchema } from '../fragments/event-summary'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { speakerSummaryProjection, speakerSummarySchema } from '../fragments/speaker-summary'
import type { ArticlePageQueryResult, ArticleSlugsQueryResult } from '../sanity.types'
import type { ContentSource } from '../source/content-source'
import { documentOf, listOf, resultOf } from '../validate'

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

export const articleSlugsQuery = defineQuery(`*[_type == "article" && defined(slug.current)].slug.current`)

const articlePageSchema = resultOf<ArticlePageQueryResult>()(
  documentOf(
    articleSummarySchema.and(
      z.object({
        author: z.string().nullable(),
        body: richTextSchema,
        event: documentOf(eventSummarySchema, 'event'),
        mentionedSpeakers: listOf(speakerSummarySchema, 'mentioned speaker'),
        mentionedOrganisations: listOf(organisationSummarySchema, 'mentioned organisation'),
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
