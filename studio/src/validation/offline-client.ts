import type { SanityClient, SanityDocument } from 'sanity'
import { getPublishedId } from 'sanity'

/**
 * Stands in for the Content Lake client during offline validation. Sanity's default slug
 * `isUnique` is the only validator here that queries; it is answered from the given documents
 * (same `_type`, another document, same slug). Any other query fails loudly instead of going
 * to the network.
 */
export function createOfflineClient(documents: readonly SanityDocument[]): SanityClient {
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const slugPath = /&&\s*([\w.]+)\s*==\s*\$slug/.exec(query)?.[1]
      if (!slugPath || typeof params.docType !== 'string' || typeof params.published !== 'string') {
        throw new Error(`Offline validation cannot run the query: ${query}`)
      }
      const taken = documents.some(
        (document) =>
          document._type === params.docType &&
          getPublishedId(document._id) !== params.published &&
          valueAt(document, slugPath) === params.slug,
      )
      return !taken
    },
  }
  return client as unknown as SanityClient
}

function valueAt(value: unknown, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    )
}
