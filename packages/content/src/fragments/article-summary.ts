import { z } from 'zod'

import { documentOf } from '../validate'
import { articleKinds } from '../vocabularies'

import { routableSlug } from './slug'

/** Archive articles may know only their year; they sort as the start of that year. */
export const articleSortKey = /* groq */ `coalesce(publishedAt, string(publishedYear))`

export const articleSummaryProjection = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  kind,
  publishedAt,
  publishedYear,
  excerpt
}`

/**
 * An article's identity: what it takes to have a page and to be linked to from anywhere. The archive
 * is filtered by kind and ordered by date, so both are part of it; the excerpt is a detail.
 */
export const articleSummaryShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('article'),
  kind: z.enum(articleKinds.values),
  publishedAt: z.iso.datetime().nullable(),
  publishedYear: z.number().int().nullable(),
  excerpt: documentOf(z.string(), 'excerpt'),
}

type Published = { publishedAt: string | null; publishedYear: number | null }

/** An article-shaped result: it must say when the article was published, by day or by year. */
export function withPublication<Shape extends typeof articleSummaryShape>(shape: Shape) {
  return z.object(shape).refine(
    (article) => {
      const { publishedAt, publishedYear } = article as Published
      return publishedAt !== null || publishedYear !== null
    },
    { message: 'needs publishedAt or publishedYear' },
  )
}

export const articleSummarySchema = withPublication(articleSummaryShape)

export type ArticleSummary = z.output<typeof articleSummarySchema>
