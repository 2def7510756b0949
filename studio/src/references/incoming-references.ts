import { getPublishedId } from 'sanity'

/** Everything that refers to the document: drafts and published alike, grouped by `groupReferences`. */
export const INCOMING_REFERENCES_QUERY = `*[references($id)]{_id, _type}`

export interface ReferringDocument {
  _id: string
  _type: string
}

export interface ReferenceGroup {
  type: string
  title: string
  /** Published ids (what an editor opens), each once, even when a draft refers too. */
  ids: string[]
}

/** The order and Swedish headings of the groups; the types that can refer to a speaker or organisation. */
const GROUPS = [
  { type: 'talk', title: 'Föredrag' },
  { type: 'article', title: 'Nyheter och rapporter' },
  { type: 'event', title: 'Evenemang' },
  { type: 'speaker', title: 'Talare' },
  { type: 'association', title: 'Föreningen' },
]

/**
 * Groups referring documents by type in a fixed order with Swedish headings. A document counts once
 * whether its draft, its published version or both refer; unknown types come last under their name.
 */
export function groupReferences(documents: readonly ReferringDocument[]): ReferenceGroup[] {
  const idsByType = new Map<string, Set<string>>()
  for (const { _id, _type } of documents) {
    const ids = idsByType.get(_type) ?? new Set<string>()
    ids.add(getPublishedId(_id))
    idsByType.set(_type, ids)
  }
  const known = GROUPS.filter(({ type }) => idsByType.has(type))
  const unknown = [...idsByType.keys()]
    .filter((type) => !GROUPS.some((group) => group.type === type))
    .sort()
    .map((type) => ({ type, title: type }))
  return [...known, ...unknown].map(({ type, title }) => ({
    type,
    title,
    ids: [...(idsByType.get(type) ?? [])].sort(),
  }))
}

/** Shown when nothing refers to the document. */
export const NO_REFERENCES_TEXT = 'Inget innehåll hänvisar hit ännu.'
