import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { routableTypes, type RoutableType } from '../content-types'
import { linkTargetProjection, linkTargetSchema, type LinkTarget } from '../fragments/summaries'
import { defineRead } from '../read'
import type { SearchSiteQueryResult } from '../sanity.types'
import { searchLimits, searchTerms } from '../search-terms'
import { listOf, resultOf } from '../validate'

// Site search with GROQ's own `match` and `score`, in both sources: groq-js evaluates them over the
// bundled dataset and the Content Lake over its own, so there is no index to build or keep current
// after a publish. `match` splits text into words and compares each term with each word, ignoring
// case; a term ending in `*` matches the words it begins ("kommun*" finds "kommuner"). Letters are
// compared as written: "Nyström" and "nyström" find Göran Nyström, "nystrom" does not.

/**
 * The texts of a document besides its title or name, whatever its type: the short texts and the
 * plain text of its rich text, shown as a result's context. An organisation's description is plain
 * text, the other types' is rich text (pt::text gives null for a string, the select null otherwise).
 */
const contextFields = /* groq */ `
  theme,
  city,
  excerpt,
  venue.name,
  venue.city,
  ...affiliations[].role,
  select(_type == "organisation" => description),
  pt::text(description),
  pt::text(summary),
  pt::text(bio),
  pt::text(body)
`

/** Every text of a document that a visitor may search for: its title or name and its context. */
const searchableText = /* groq */ `array::compact([title, name, ${contextFields}])`

/**
 * The documents with a page whose texts hold every term, best first: a match in the title counts more
 * than one in the text. Each is read through its type's summary, as a link to it would be, so a result
 * never leads to a page that does not exist. Ties are broken by title and id, so both sources give the
 * same order. 200 at most: enough for every type's share of the page (searchLimits.hitsPerType).
 */
export const searchSiteQuery = defineQuery(`
  *[defined(slug.current) && ${searchableText} match $query]
  | score(boost(coalesce(title, name) match $query, 3), ${searchableText} match $query)
  | order(_score desc, coalesce(title, name) asc, _id asc)[0...200]{
    _id,
    "target": @${linkTargetProjection},
    "text": array::join(array::compact([${contextFields}]), " ")
  }
`)

// The id names the document to fix when its summary fails (validate.ts reports the nearest _id).
const searchHitSchema = z.object({ _id: z.string(), target: linkTargetSchema, text: z.string() })

const searchSiteSchema = resultOf<SearchSiteQueryResult>()(listOf(searchHitSchema, 'search result'))

export type SearchHit = { _id: string; target: LinkTarget; text: string }

/** The results of one type, in the order of the registry (content-types.ts). */
export interface SearchGroup {
  type: RoutableType
  hits: SearchHit[]
}

/** The hits grouped by type, each group's best first and cut at searchLimits.hitsPerType. */
function groupByType(hits: SearchHit[]): SearchGroup[] {
  return routableTypes.flatMap((type) => {
    const ofType = hits.filter((hit) => hit.target._type === type).slice(0, searchLimits.hitsPerType)
    return ofType.length > 0 ? [{ type, hits: ofType }] : []
  })
}

/**
 * The site's search (/sok). The caller asks only for a query with terms (searchTerms); one without
 * finds nothing. A publish of any type with pages may change the results, so every list tag.
 */
export const searchSite = defineRead({
  query: searchSiteQuery,
  // Each term as a prefix: `match` requires every one of them somewhere in the document's texts.
  params: (query: string) => ({
    query: searchTerms(query)
      .map((term) => `${term}*`)
      .join(' '),
  }),
  tags: routableTypes.map((type) => cacheTags.list(type)),
  schema: searchSiteSchema,
  then: (hits: SearchHit[]) => groupByType(hits),
})
