/**
 * The documents in the order of `ids`, each once, leaving out ids with no document. A page of a list
 * reads its entries by id (`_id in $ids`), and GROQ answers in its own order, not the list's.
 */
export function inOrderOf<Document extends { _id: string }>(
  ids: readonly string[],
  documents: readonly Document[],
): Document[] {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return [...new Set(ids)].flatMap((id) => {
    const document = byId.get(id)
    return document ? [document] : []
  })
}
