import type { SanityDocument, Schema, ValidationMarker, Workspace } from 'sanity'
import { createSchema, validateDocument } from 'sanity'

import { mapConcurrently } from '../lib/map-concurrently'
import { schemaTypes } from '../schema'

import {
  findDuplicateIds,
  findUnpublishedIds,
  findUnresolvedReferences,
  type UnresolvedReference,
} from './dataset-integrity'
import { createOfflineClient } from './offline-client'

export interface DocumentValidation {
  documentId: string
  documentType: string
  markers: ValidationMarker[]
}

export interface DatasetReport {
  documents: DocumentValidation[]
  unresolvedReferences: UnresolvedReference[]
  unpublishedIds: string[]
  duplicateIds: string[]
  errorCount: number
}

let studioSchema: Schema | undefined

/** The schema compiled exactly as the Studio workspace compiles it (`createSchema` over the same types). */
export function getStudioSchema(): Schema {
  if (!studioSchema) {
    const schema = createSchema({ name: 'default', types: schemaTypes })
    const errors = (schema._validation ?? []).flatMap((group) =>
      group.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
    )
    if (errors.length > 0) throw new Error(`The studio schema has errors:\n${errors.join('\n')}`)
    studioSchema = schema
  }
  return studioSchema
}

// Sanity's "cli" environment adds a check for fields the schema does not declare, but it does so
// by turning the whole rule of every object-typed value into a warning (a missing required slug
// becomes a warning). So documents are validated as the Studio does, and only the
// undeclared-field warnings are taken from a second, "cli" pass.
const UNDECLARED_FIELD = /^Field '.+' does not exist on type '.+'$/

/**
 * How many documents are in Sanity's validation at once. Started all together, every document held
 * its validation in memory at the same time: 3.2 GB at 3,801 documents, and 19,001 ran out of Node's
 * heap. The work is on one thread, but each level of a document's fields first waits for a timer
 * (Sanity yields to an idle callback there), so one document at a time leaves the CPU waiting.
 * Measured at 3,801 documents on 2 shared cores: 1 at a time took 43 s, 4 to 32 took 22–30 s with
 * peaks of 1.0–1.4 GB and no trend between them (most of that is the CLI and the schema).
 */
export const DOCUMENT_CONCURRENCY = 8

export type DocumentValidator = (document: SanityDocument) => Promise<DocumentValidation>

/**
 * Sanity's own document validation (the rules editors see in the Studio) of one document of a set:
 * references and slug uniqueness are resolved within the set, without a network.
 * What every document shares (the schema, the ids, the offline client's indexes) is made once here.
 */
export function createDocumentValidator(documents: readonly SanityDocument[]): DocumentValidator {
  const schema = getStudioSchema()
  const ids = new Set(documents.map((document) => document._id))
  const client = createOfflineClient(documents)
  // validateDocument reads only `schema` (and `i18n`, which falls back to English) off the workspace.
  const workspace = { schema, getClient: () => client } as unknown as Workspace
  const validate = (document: SanityDocument, environment: 'studio' | 'cli') =>
    validateDocument({
      document,
      workspace,
      getClient: () => client,
      getDocumentExists: async ({ id }) => ids.has(id),
      environment,
    })

  return async (document) => {
    const [studio, cli] = await Promise.all([validate(document, 'studio'), validate(document, 'cli')])
    const unknownType: ValidationMarker[] = schema.get(document._type)
      ? []
      : [{ level: 'error', path: [], message: `Dokumenttypen "${document._type}" finns inte i schemat.` }]
    return {
      documentId: document._id,
      documentType: document._type,
      markers: [...unknownType, ...studio, ...cli.filter((marker) => UNDECLARED_FIELD.test(marker.message))],
    }
  }
}

/** Every document of the set validated (see createDocumentValidator), a few at a time, in the set's order. */
export async function validateDocuments(documents: readonly SanityDocument[]): Promise<DocumentValidation[]> {
  return mapConcurrently(documents, DOCUMENT_CONCURRENCY, createDocumentValidator(documents))
}

/** Schema validation plus dataset integrity: what `content:check` reports. */
export async function checkDataset(documents: readonly SanityDocument[]): Promise<DatasetReport> {
  const validations = await validateDocuments(documents)
  const unresolvedReferences = findUnresolvedReferences(documents)
  const unpublishedIds = findUnpublishedIds(documents)
  const duplicateIds = findDuplicateIds(documents)
  const markerErrors = validations
    .flatMap((result) => result.markers)
    .filter((marker) => marker.level === 'error')
  return {
    documents: validations,
    unresolvedReferences,
    unpublishedIds,
    duplicateIds,
    errorCount:
      markerErrors.length + unresolvedReferences.length + unpublishedIds.length + duplicateIds.length,
  }
}
