import { randomUUID } from 'node:crypto'

import type { SanityDocument } from '@bergslaget/content/dataset'
import { Mutation, type Mut } from '@sanity/mutator'

/**
 * One document's change in a transaction, as the Content Lake's listener reports it. `effects` is
 * the change as a mendoza patch; `[0, value]` is mendoza's "the result is this value", which is exact
 * (if not small) for every change, so no diff is computed here.
 */
export interface MutationEvent {
  type: 'mutation'
  eventId: string
  documentId: string
  transactionId: string
  transition: 'appear' | 'update' | 'disappear'
  identity: string
  mutations: Mut[]
  previousRev?: string
  resultRev: string
  timestamp: string
  effects: { apply: unknown[]; revert: unknown[] }
  result?: SanityDocument
  previous?: SanityDocument | null
  visibility: 'transaction' | 'query'
  transactionTotalEvents: number
  transactionCurrentEvent: number
}

/** A request the Content Lake refuses, with the status and error type it answers with. */
export class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

/** A document action of the Actions API (`/data/actions`), as the Studio sends them. */
export interface DocumentAction {
  actionType: string
  publishedId?: string
  draftId?: string
  versionId?: string
  attributes?: SanityDocument
  ifExists?: 'fail' | 'ignore'
  patch?: Record<string, unknown>
  includeDrafts?: string[]
  ifPublishedRevisionId?: string
  ifDraftRevisionId?: string
}

/**
 * The documents of one dataset and the transactions that change them: the Content Lake's write side
 * for the Studio's end-to-end test. Each transaction applies all its mutations or none, gives every
 * document it changes a new `_rev`, and reports each change to the listeners.
 */
export class InMemoryLake {
  private readonly byId = new Map<string, SanityDocument>()
  private readonly listeners = new Set<(event: MutationEvent) => void>()

  constructor(
    documents: SanityDocument[],
    private readonly identity: string,
  ) {
    for (const document of documents) this.byId.set(document._id, document)
  }

  get(id: string): SanityDocument | undefined {
    return this.byId.get(id)
  }

  documents(): SanityDocument[] {
    return [...this.byId.values()]
  }

  listen(listener: (event: MutationEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Applies the mutations as one transaction, as `/data/mutate` does. */
  mutate(mutations: Mut[], transactionId: string = randomUUID()): { transactionId: string; ids: string[] } {
    const timestamp = new Date().toISOString()
    const changed = new Map<
      string,
      { before: SanityDocument | null; after: SanityDocument | null; mutations: Mut[] }
    >()
    for (const mutation of mutations) {
      const id = targetOf(mutation)
      const entry = changed.get(id) ?? {
        before: this.byId.get(id) ?? null,
        after: this.byId.get(id) ?? null,
        mutations: [],
      }
      entry.after = applyOne(mutation, entry.after, id, transactionId, timestamp)
      entry.mutations.push(mutation)
      changed.set(id, entry)
    }
    const entries = [...changed].filter(([, { before, after }]) => before !== after)
    entries.forEach(([id, { before, after, mutations: own }], index) => {
      if (after) this.byId.set(id, after)
      else this.byId.delete(id)
      const event: MutationEvent = {
        type: 'mutation',
        eventId: `${transactionId}#${id}`,
        documentId: id,
        transactionId,
        transition: !before ? 'appear' : !after ? 'disappear' : 'update',
        identity: this.identity,
        mutations: own,
        previousRev: typeof before?._rev === 'string' ? before._rev : undefined,
        resultRev: transactionId,
        timestamp,
        effects: { apply: [0, after], revert: [0, before] },
        ...(after ? { result: after } : {}),
        previous: before,
        visibility: 'query',
        transactionTotalEvents: entries.length,
        transactionCurrentEvent: index + 1,
      }
      for (const listener of this.listeners) listener(event)
    })
    return { transactionId, ids: [...changed.keys()] }
  }

  /** Runs document actions as one transaction, as `/data/actions` does: each becomes mutations. */
  act(actions: DocumentAction[], transactionId: string = randomUUID()): { transactionId: string } {
    const mutations = actions.flatMap((action) => this.mutationsOf(action))
    return this.mutate(mutations, transactionId)
  }

  private mutationsOf(action: DocumentAction): Mut[] {
    const published = action.publishedId ? this.byId.get(action.publishedId) : undefined
    const draftId = action.draftId ?? (action.publishedId && `drafts.${action.publishedId}`)
    switch (action.actionType) {
      case 'sanity.action.document.create': {
        const document = { ...required(action.attributes, 'attributes') }
        document._id ??= `drafts.${required(action.publishedId, 'publishedId')}`
        return [action.ifExists === 'ignore' ? { createIfNotExists: document } : { create: document }]
      }
      case 'sanity.action.document.edit': {
        const id = required(draftId, 'draftId')
        const draft = this.byId.get(id)
        if (!draft && !published)
          throw new LakeError(409, 'documentNotFoundError', `Document "${id}" not found`)
        const start: Mut[] = draft ? [] : [{ create: { ...published, _id: id } as SanityDocument }]
        return [...start, { patch: { ...required(action.patch, 'patch'), id } }]
      }
      case 'sanity.action.document.publish': {
        const id = required(draftId, 'draftId')
        const draft = this.byId.get(id)
        if (!draft) throw new LakeError(409, 'documentNotFoundError', `Draft "${id}" not found`)
        if (action.ifPublishedRevisionId && published?._rev !== action.ifPublishedRevisionId)
          throw new LakeError(409, 'conflict', 'The published document has changed since it was read')
        if (action.ifDraftRevisionId && draft._rev !== action.ifDraftRevisionId)
          throw new LakeError(409, 'conflict', 'The draft has changed since it was read')
        const publishedId = required(action.publishedId, 'publishedId')
        return [{ createOrReplace: { ...draft, _id: publishedId } }, { delete: { id } }]
      }
      case 'sanity.action.document.unpublish': {
        const id = required(draftId, 'draftId')
        if (!published) throw new LakeError(409, 'documentNotFoundError', 'Nothing is published')
        const keepDraft: Mut[] = this.byId.has(id) ? [] : [{ create: { ...published, _id: id } }]
        return [...keepDraft, { delete: { id: published._id } }]
      }
      case 'sanity.action.document.discard':
        return [{ delete: { id: required(action.draftId ?? action.versionId, 'draftId') } }]
      case 'sanity.action.document.delete':
        return [action.publishedId, ...(action.includeDrafts ?? [])]
          .filter((id): id is string => Boolean(id) && this.byId.has(id as string))
          .map((id) => ({ delete: { id } }))
      case 'sanity.action.document.replaceDraft':
        return [
          {
            createOrReplace: {
              ...required(action.attributes, 'attributes'),
              _id: required(draftId, 'draftId'),
            },
          },
        ]
      default:
        throw new LakeError(400, 'validationError', `Unsupported action "${action.actionType}"`)
    }
  }
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new LakeError(400, 'validationError', `Missing "${name}"`)
  return value
}

function targetOf(mutation: Mut): string {
  const document = mutation.create ?? mutation.createIfNotExists ?? mutation.createOrReplace
  // Mutations selected by a query (rather than an id) are not used by the Studio, and not supported.
  const selection = (mutation.delete ?? mutation.patch) as { id?: unknown } | undefined
  const id = document?._id ?? selection?.id
  if (typeof id !== 'string') throw new LakeError(400, 'validationError', 'Mutations here need a document id')
  return id
}

function applyOne(
  mutation: Mut,
  current: SanityDocument | null,
  id: string,
  transactionId: string,
  timestamp: string,
): SanityDocument | null {
  if (mutation.create && current)
    throw new LakeError(409, 'mutationError', `Document by ID "${id}" already exists`)
  if (mutation.patch && !current)
    throw new LakeError(409, 'mutationError', `Cannot modify non-existent document "${id}"`)
  const ifRevisionID = mutation.patch?.ifRevisionID
  if (ifRevisionID && current?._rev !== ifRevisionID)
    throw new LakeError(
      409,
      'mutationError',
      `Document "${id}" has unexpected revision ID ("${current?._rev}")`,
    )
  if (mutation.delete && !current) return null
  const applied = new Mutation({
    mutations: [structuredClone(mutation)],
    resultRev: transactionId,
    timestamp,
  }).apply(current && structuredClone(current))
  return applied as SanityDocument | null
}
