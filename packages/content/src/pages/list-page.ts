import type { z } from 'zod'

import { cacheTags } from '../cache-tags'
import type { ListType } from '../content-types'
import { defineRead } from '../read'
import { inOrderOf } from '../sort/in-order-of'

/**
 * The read of one page of a section's list, which its order read has split into pages: the summaries of
 * the documents with these ids, in their order. Its query selects `_id in $ids`, which the embedded
 * source answers by looking the ids up (query-plan.ts), not by testing every document; GROQ answers in
 * its own order, so the ids' order is put back here.
 */
export function defineListPageRead<Summary extends { _id: string }>({
  type,
  query,
  schema,
}: {
  type: ListType
  query: string
  schema: z.ZodType<Summary[]>
}) {
  return defineRead({
    query,
    params: (ids: readonly string[]) => ({ ids }),
    tags: [cacheTags.list(type)],
    schema,
    then: (summaries, ids) => inOrderOf(ids, summaries),
  })
}
