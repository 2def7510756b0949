import { evaluateSync, type ExprNode } from 'groq-js'

import type { LoadedDataset, SanityDocument } from './load-dataset'

/**
 * How a document's value of an expression is looked up: as a string (`equals`), as an array holding the
 * string (`holds`), or as any string, number or boolean by its text (`text`), which is how
 * `array::join` writes the members of a list the value is looked for in.
 */
export type Match = 'equals' | 'holds' | 'text'

/**
 * The bundled dataset with the indexes the query planner (query-plan.ts) answers from: its documents by
 * type, by the string value of an expression, and by the ids they reference. Every list is in dataset
 * order, the order groq-js would have met the documents in, so `[0]` and unordered lists come out the
 * same. The value and reference indexes are built on first use: most expressions are never asked for.
 */
export interface DatasetIndex {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
  /** One type's documents, or all of them when no type is named. */
  ofType(type?: string): SanityDocument[]
  /** The documents among `ofType(type)` whose `expression` equals `key`, or is an array holding it. */
  withValue(type: string | undefined, match: Match, expression: ExprNode, key: string): SanityDocument[]
  /** The documents among `ofType(type)` that hold a reference to any of `ids`, anywhere in them. */
  referencing(type: string | undefined, ids: string[]): SanityDocument[]
  /** The documents of several lookups, once each and in dataset order. */
  union(lists: SanityDocument[][]): SanityDocument[]
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Every string a `_ref` holds anywhere in a value: more than groq-js's `references()` looks at, never less. */
function referencedIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const member of value) referencedIds(member, into)
  else if (value && typeof value === 'object') {
    for (const [key, member] of Object.entries(value)) {
      if (key === '_ref' && typeof member === 'string') into.add(member)
      else referencedIds(member, into)
    }
  }
  return into
}

export function indexDataset({ documents, byId }: LoadedDataset): DatasetIndex {
  const types = new Map<string, SanityDocument[]>()
  const positions = new Map<SanityDocument, number>()
  documents.forEach((doc, position) => {
    push(types, doc._type, doc)
    positions.set(doc, position)
  })
  const ofType = (type?: string) => (type === undefined ? documents : (types.get(type) ?? []))
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref)

  /** The strings a document's value of `expression` is looked up by, evaluated by groq-js itself. */
  const keysOf = (doc: SanityDocument, match: Match, expression: ExprNode): string[] => {
    const value = evaluateSync(expression, { root: doc, dataset: documents, dereference })
    if (match === 'equals') return value.type === 'string' ? [value.data] : []
    if (match === 'text')
      return ['string', 'number', 'boolean'].includes(value.type) ? [`${value.data as string}`] : []
    if (value.type !== 'array') return []
    return [...new Set(value.data.filter((member: unknown) => typeof member === 'string'))]
  }

  const valueIndexes = new Map<string, Map<string, SanityDocument[]>>()
  const valueIndex = (type: string | undefined, match: Match, expression: ExprNode) => {
    const name = JSON.stringify([type ?? null, match, expression])
    let index = valueIndexes.get(name)
    if (!index) {
      index = new Map()
      for (const doc of ofType(type)) for (const key of keysOf(doc, match, expression)) push(index, key, doc)
      valueIndexes.set(name, index)
    }
    return index
  }

  let references: Map<string, SanityDocument[]> | undefined
  const referenceIndex = () => {
    if (!references) {
      references = new Map()
      for (const doc of documents) for (const id of referencedIds(doc, new Set())) push(references, id, doc)
    }
    return references
  }

  const union = (lists: SanityDocument[][]) => {
    if (lists.length === 1) return lists[0] ?? []
    const docs = [...new Set(lists.flat())]
    return docs.sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
  }

  return {
    documents,
    byId,
    ofType,
    withValue: (type, match, expression, key) => valueIndex(type, match, expression).get(key) ?? [],
    referencing: (type, ids) =>
      union(ids.map((id) => referenceIndex().get(id) ?? [])).filter(
        (doc) => type === undefined || doc._type === type,
      ),
    union,
  }
}
