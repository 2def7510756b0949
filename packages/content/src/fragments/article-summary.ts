import { z } from 'zod'

export const articleKinds = ['news', 'seminarReport'] as const

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

export const articleSummarySchema = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    slug: z.string().min(1),
    kind: z.enum(articleKinds),
    publishedAt: z.iso.datetime().nullable(),
    publishedYear: z.number().int().nullable(),
    excerpt: z.string().nullable(),
  })
  .refine((article) => article.publishedAt !== null || article.publishedYear !== null, {
    message: 'needs publishedAt or publishedYear',
  })

export type ArticleSummary = z.output<typeof articleSummarySchema>
