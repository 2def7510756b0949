import type { SanityDocument } from 'sanity'

import { validFixture } from '../validation/test-fixtures'

export interface PlantedFault {
  kind: string
  documentId: string
  level: 'error' | 'warning'
  path: string
}

const error = (kind: string, documentId: string, path: string): PlantedFault => ({
  kind,
  documentId,
  level: 'error',
  path,
})

function change(documents: SanityDocument[], id: string, edit: (document: SanityDocument) => SanityDocument) {
  const index = documents.findIndex((document) => document._id === id)
  const document = documents[index]
  if (!document) throw new Error(`No fixture document ${id}`)
  documents[index] = edit(structuredClone(document))
}

/**
 * The valid fixture with one fault of each kind `content:check` must find, each in its own
 * document so the report can be read against this list.
 */
export function faultyFixture(): { documents: SanityDocument[]; faults: PlantedFault[] } {
  const documents = validFixture()
  change(documents, 'talk-valkommen', ({ event: _event, ...talk }) => talk as SanityDocument)
  change(documents, 'association', (association) => ({
    ...association,
    chair: { _type: 'reference', _ref: 'speaker-saknas' },
  }))
  change(documents, 'speaker-anna-andersson', (speaker) => ({
    ...speaker,
    links: [{ _key: 'd1d2d3d4d5d6', _type: 'link', title: 'Klicka', url: 'javascript:alert(1)' }],
  }))
  // A year on an event with a fixed date is only a warning: the Studio hides the field.
  change(documents, 'event-arsmote-2026', (event) => ({ ...event, year: 2026 }))
  const article = documents.find(({ _id }) => _id === 'article-kallelse') as SanityDocument
  const falun = documents.find(({ _id }) => _id === 'organisation-falu-kommun') as SanityDocument
  documents.push(
    { ...structuredClone(article), _id: 'drafts.article-kallelse', title: 'Kallelse (utkast)' },
    { ...structuredClone(falun), _id: 'organisation-falu-kommun-kopia', name: 'Falu kommun (kopia)' },
  )
  return {
    documents,
    faults: [
      error('missing required field', 'talk-valkommen', 'event'),
      error('broken reference', 'association', 'chair'),
      error('invalid link', 'speaker-anna-andersson', 'links[_key=="d1d2d3d4d5d6"].url'),
      error('draft', 'drafts.article-kallelse', '_id'),
      error('duplicate slug', 'organisation-falu-kommun', 'slug'),
      error('duplicate slug', 'organisation-falu-kommun-kopia', 'slug'),
      {
        kind: 'field outside its date mode',
        documentId: 'event-arsmote-2026',
        level: 'warning',
        path: 'year',
      },
    ],
  }
}

export const toNdjson = (documents: readonly SanityDocument[]) =>
  documents.map((document) => JSON.stringify(document)).join('\n') + '\n'
