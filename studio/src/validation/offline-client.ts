import type { SanityClient, SanityDocument } from 'sanity'
import { getPublishedId } from 'sanity'

type Params = Record<string, unknown>

/**
 * Stands in for the Content Lake client during offline validation. It answers the only two
 * query shapes the schema's validators send, from the given documents:
 * - Sanity's default slug `isUnique` (same `_type`, another document, same slug);
 * - a document and its draft by id (`_id in [$id, "drafts." + $id]`), as the talk time rule asks.
 * Any other query fails loudly instead of going to the network.
 *
 * Every document asks at least one of them, so each answer is a lookup in an index built once rather
 * than a scan of the set: a scan per document made a check of n documents take n² steps. The
 * documents are read when the client is made; validation does not change them.
 */
export function createOfflineClient(documents: readonly SanityDocument[]): SanityClient {
  const positionsById = indexPositionsById(documents)
  const slugIndexes = new Map<string, SlugIndex>()
  const slugIndex = (slugPath: string) => {
    let index = slugIndexes.get(slugPath)
    if (!index) {
      index = indexSlugs(documents, slugPath)
      slugIndexes.set(slugPath, index)
    }
    return index
  }
  const client = {
    withConfig: () => client,
    fetch: async (query: string, params: Params = {}) => {
      const slugPath = /&&\s*([\w.]+)\s*==\s*\$slug/.exec(query)?.[1]
      if (slugPath && typeof params.docType === 'string' && typeof params.published === 'string') {
        const owners = slugIndex(slugPath).get(params.docType)?.get(params.slug)
        // Free unless a document other than this one (its draft and versions count as itself) has it.
        return !owners || [...owners].every((published) => published === params.published)
      }
      if (/_id in \[\$id, "drafts\." \+ \$id\]/.test(query) && typeof params.id === 'string') {
        const positions = [
          ...(positionsById.get(params.id) ?? []),
          ...(positionsById.get(`drafts.${params.id}`) ?? []),
        ]
        // In the order of the set, as a scan (and the Content Lake's `*[...]`) returns them.
        return positions.sort((a, b) => a - b).map((position) => documents[position])
      }
      throw new Error(`Offline validation cannot run the query: ${query}`)
    },
  }
  return client as unknown as SanityClient
}

/** Where each id occurs in the set: a list, since a faulty file may hold an id twice. */
function indexPositionsById(documents: readonly SanityDocument[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  documents.forEach(({ _id }, position) => {
    const list = positions.get(_id)
    if (list) list.push(position)
    else positions.set(_id, [position])
  })
  return positions
}

/**
 * Type, then the value at the slug path, to the published ids of the documents that have it. Values
 * are keys as they are (not as strings), so a lookup matches exactly what `===` would.
 */
type SlugIndex = Map<string, Map<unknown, Set<string>>>

function indexSlugs(documents: readonly SanityDocument[], slugPath: string): SlugIndex {
  const index: SlugIndex = new Map()
  for (const document of documents) {
    let byValue = index.get(document._type)
    if (!byValue) {
      byValue = new Map()
      index.set(document._type, byValue)
    }
    const value = valueAt(document, slugPath)
    const owners = byValue.get(value) ?? new Set<string>()
    owners.add(getPublishedId(document._id))
    byValue.set(value, owners)
  }
  return index
}

function valueAt(value: unknown, dottedPath: string): unknown {
  return dottedPath
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    )
}
