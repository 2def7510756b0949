import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import {
  infoPageSummaryFields,
  infoPageSummaryProjection,
  infoPageSummarySchema,
  infoPageSummaryShape,
} from '../fragments/summaries'
import { defineRead, deriveRead } from '../read'
import type { InfoPageOrderQueryResult, InfoPagePageQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

/**
 * Every page editors own that can have a page: a handful (the accessibility statement, privacy, the
 * statutes), so the read of their slugs reads them whole.
 */
export const infoPageOrderQuery = defineQuery(
  `*[_type == "infoPage" && defined(slug.current)] | order(title asc, _id asc)${infoPageSummaryProjection}`,
)

const infoPageOrderSchema = resultOf<InfoPageOrderQueryResult>()(listOf(infoPageSummarySchema, 'page'))

const listInfoPageOrder = defineRead({
  query: infoPageOrderQuery,
  tags: [cacheTags.list('infoPage')],
  schema: infoPageOrderSchema,
})

/** The pages editors own that have a page. */
export const listInfoPageSlugs = deriveRead(listInfoPageOrder, (pages) => pages.map(({ slug }) => slug))

/**
 * A page editors own. When it last changed is part of it: an accessibility statement has to say when
 * it was last reviewed, and the page shows the date for every page of the kind.
 */
export const infoPagePageQuery = defineQuery(`*[_type == "infoPage" && slug.current == $slug][0]{
  ${infoPageSummaryFields},
  description,
  body${richTextProjection},
  _updatedAt
}`)

const infoPagePageSchema = resultOf<InfoPagePageQueryResult>()(
  documentOf(
    z.object({
      ...infoPageSummaryShape,
      description: documentOf(z.string(), 'description'),
      body: richTextSchema,
      _updatedAt: documentOf(z.iso.datetime(), 'last change'),
    }),
    'page',
  ),
)

export const getInfoPage = defineRead({
  query: infoPagePageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.infoPage,
  schema: infoPagePageSchema,
})
