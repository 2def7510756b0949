import type { SanityDocument } from 'sanity'
import { pathToString } from 'sanity'

import { validFixture } from './test-fixtures'
import { validateDocuments } from './validate-documents'

/** The valid fixture with one document replaced (by id), changed by `change`. */
export function withChange(
  id: string,
  change: (document: SanityDocument) => SanityDocument,
): SanityDocument[] {
  const documents = validFixture()
  const index = documents.findIndex((document) => document._id === id)
  if (index === -1) throw new Error(`No fixture document ${id}`)
  documents[index] = change(structuredClone(documents[index] as SanityDocument))
  return documents
}

/** The validation markers of one document at one level, as `{path, message}` sorted by path. */
export async function markersOf(documents: SanityDocument[], id: string, level = 'error') {
  const result = (await validateDocuments(documents)).find((entry) => entry.documentId === id)
  return (result?.markers ?? [])
    .filter((marker) => marker.level === level)
    .map((marker) => ({ path: pathToString(marker.path), message: marker.message }))
    .sort((a, b) => a.path.localeCompare(b.path))
}
