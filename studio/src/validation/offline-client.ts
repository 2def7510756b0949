import type { SanityClient, SanityDocument } from 'sanity'
import { getPublishedId } from 'sanity'

type Params = Record<string, unknown>

/**
 * Stands in for the Content Lake client during offline validation. It answers the only two
 * query shapes the schema's validators send, from the given documents:
 * - Sanity's default slug `isUnique` (same `_type`, another document, same slug);
 * - a document and its draft by id (`_id in [$id, "drafts." + $id]`), as the talk time rule asks.
 * Any other query fails loudly instead of going to the network.
 */
export function createOfflineClient(documents: readonly SanityDocument[]): SanityClient {
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Params = {}) => {
      const slugPath = /&&\s*([\w.]+)\s*==\s*\$slug/.exec(query)?.[1]
      if (slugPath && typeof params.docType === 'string' && typeof params.published === 'string') {
        return isSlugFree(documents, slugPath, params)
      }
      if (/_id in \[\$id, "drafts\." \+ \$id\]/.test(query) && typeof params.id === 'string') {
        const ids = [params.id, `drafts.${params.id}`]
        return documents.filter((document) => ids.includes(document._id))
      }
      throw new Error(`Offline validation cannot run the query: ${query}`)
    },
  }
  return client as unknown as SanityClient
}

function isSlugFree(documents: readonly SanityDocument[], slugPath: string, params: Params): boolean {
  const taken = documents.some(
    (document) =>
      document._type === params.docType &&
      getPublishedId(document._id) !== params.published &&
      valueAt(document, slugPath) === params.slug,
  )
  return !taken
}

function valueAt(value: unknown, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    )
}
