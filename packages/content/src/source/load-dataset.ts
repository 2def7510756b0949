import { readFile } from 'node:fs/promises'

export interface SanityDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface LoadedDataset {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
}

/** Drafts and release versions are not published content; groq-js applies no perspective, so they go here. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

export function parseNdjson(text: string, source: string): SanityDocument[] {
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return []
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new Error(`${source}:${index + 1}: not valid JSON (${(error as Error).message})`, {
        cause: error,
      })
    }
    if (!isDocument(parsed)) throw new Error(`${source}:${index + 1}: not a document (missing _id or _type)`)
    return [parsed]
  })
}

function isDocument(value: unknown): value is SanityDocument {
  if (typeof value !== 'object' || value === null) return false
  const { _id, _type } = value as Record<string, unknown>
  return typeof _id === 'string' && typeof _type === 'string'
}

export function indexPublished(all: SanityDocument[]): LoadedDataset {
  const documents = all.filter((doc) => isPublishedId(doc._id))
  return { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) }
}

export async function loadDataset(path: string): Promise<LoadedDataset> {
  return indexPublished(parseNdjson(await readFile(path, 'utf8'), path))
}
