import type { Path, SanityDocument } from 'sanity'
import { isDraftId, isVersionId } from 'sanity'

export interface UnresolvedReference {
  documentId: string
  path: Path
  ref: string
}

/** Every `_ref`, wherever it sits (typed reference fields, assets, unknown fields), must name a document in the set. */
export function findUnresolvedReferences(documents: readonly SanityDocument[]): UnresolvedReference[] {
  const ids = new Set(documents.map((document) => document._id))
  const unresolved: UnresolvedReference[] = []
  for (const document of documents) {
    visit(document, [], (ref, path) => {
      if (!ids.has(ref)) unresolved.push({ documentId: document._id, path, ref })
    })
  }
  return unresolved
}

function visit(node: unknown, path: Path, onRef: (ref: string, path: Path) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      const key = item && typeof item === 'object' && typeof item._key === 'string' ? item._key : undefined
      visit(item, [...path, key === undefined ? index : { _key: key }], onRef)
    })
    return
  }
  if (!node || typeof node !== 'object') return
  for (const [field, value] of Object.entries(node)) {
    if (field === '_ref' && typeof value === 'string') onRef(value, path)
    else visit(value, [...path, field], onRef)
  }
}

/** Drafts and release versions must not be bundled: only published documents are content. */
export function findUnpublishedIds(documents: readonly SanityDocument[]): string[] {
  return documents.map((document) => document._id).filter((id) => isDraftId(id) || isVersionId(id))
}

export function findDuplicateIds(documents: readonly SanityDocument[]): string[] {
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const { _id } of documents) {
    if (seen.has(_id)) duplicates.add(_id)
    seen.add(_id)
  }
  return [...duplicates]
}
