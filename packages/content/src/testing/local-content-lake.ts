import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { evaluate, parse } from 'groq-js'

import { parseNdjson, type SanityDocument } from '../source/load-dataset'

/**
 * A stand-in for the Content Lake's query endpoint (`/v{apiVersion}/data/query/{dataset}`), answering
 * from an NDJSON export, so the hosted source's real @sanity/client can be tested without a network.
 * It keeps the parts of the API the client relies on: GET with `$param` JSON values, POST for long
 * queries, the `perspective` parameter (drafts are visible with `raw`, and over their published
 * documents with `drafts`), and error bodies. It checks no token: tests assert on `authorizations`.
 */
export interface LocalContentLake {
  url: string
  requests: string[]
  /** The Authorization header of each request, in the order of `requests`. */
  authorizations: (string | undefined)[]
  /** As a publish: the document replaces the one with its id (or is added); later queries see it. */
  publish(document: SanityDocument): void
  /** As an unpublish or a delete: the document with this id is gone; later queries do not see it. */
  remove(id: string): void
  /** The documents held now, drafts included: what a webhook's projection would run over. */
  documents(): SanityDocument[]
  close(): Promise<void>
}

export async function startLocalContentLake(
  datasetName: string,
  ndjsonPath: string,
): Promise<LocalContentLake> {
  const all = parseNdjson(await readFile(ndjsonPath, 'utf8'), ndjsonPath)
  const requests: string[] = []
  const authorizations: (string | undefined)[] = []
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`)
    authorizations.push(request.headers.authorization)
    answer(request, response, datasetName, all).catch((error: Error) =>
      send(response, 500, { error: { description: error.message, type: 'serverError' } }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    publish(document) {
      const index = all.findIndex((doc) => doc._id === document._id)
      if (index === -1) all.push(document)
      else all[index] = document
    },
    remove(id) {
      const index = all.findIndex((doc) => doc._id === id)
      if (index !== -1) all.splice(index, 1)
    },
    documents: () => [...all],
    // A test may stop the lake itself (an outage) before its cleanup closes it again.
    close: () =>
      new Promise((resolve, reject) =>
        server.listening ? server.close((error) => (error ? reject(error) : resolve())) : resolve(),
      ),
  }
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  datasetName: string,
  all: SanityDocument[],
) {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const match = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/]+)$/.exec(url.pathname)
  if (!match) return send(response, 404, { error: { description: 'Not found', type: 'notFound' } })
  if (match[2] !== datasetName) {
    return send(response, 404, {
      error: { description: `Dataset "${match[2]}" not found`, type: 'notFound' },
    })
  }

  const { status, body } = await queryAnswer(request, url, all)
  send(response, status, body)
}

/**
 * The Content Lake's answer to a query request (GET with `$param` JSON values or POST) over `all`,
 * with its `perspective`: also the Studio's end-to-end stand-in answers its queries with it.
 */
export async function queryAnswer(
  request: QueryRequest,
  url: URL,
  all: SanityDocument[],
): Promise<{ status: number; body: unknown }> {
  const { query, params } = request.method === 'POST' ? await readPostBody(request) : readSearchParams(url)
  const perspective = url.searchParams.get('perspective') ?? 'raw'
  if (perspective !== 'published' && perspective !== 'raw' && perspective !== 'drafts') {
    return {
      status: 400,
      body: { error: { description: `Unsupported perspective "${perspective}"`, type: 'httpBadRequest' } },
    }
  }
  if (!query)
    return { status: 400, body: { error: { description: 'Missing query', type: 'httpBadRequest' } } }

  const started = performance.now()
  let tree
  try {
    tree = parse(query, { params })
  } catch (error) {
    return {
      status: 400,
      body: { error: { description: (error as Error).message, type: 'queryParseError' } },
    }
  }
  const dataset =
    perspective === 'published'
      ? all.filter((doc) => !doc._id.includes('.'))
      : perspective === 'drafts'
        ? withDraftsOverPublished(all)
        : all
  const result = await (await evaluate(tree, { dataset, params })).get()
  return { status: 200, body: { query, result, ms: Math.round(performance.now() - started) } }
}

/** As the Content Lake's `drafts` perspective: a draft replaces its published document, under its id. */
function withDraftsOverPublished(all: SanityDocument[]): SanityDocument[] {
  const byId = new Map<string, SanityDocument>()
  for (const doc of all) {
    const isDraft = doc._id.startsWith('drafts.')
    const id = isDraft ? doc._id.slice('drafts.'.length) : doc._id
    if (id.includes('.') && !isDraft) continue
    if (isDraft) byId.set(id, { ...doc, _id: id, _originalId: doc._id })
    else if (!byId.has(id)) byId.set(id, doc)
  }
  return [...byId.values()]
}

/** A GET query's text and its `$param` JSON values; also read by the Studio's stand-in listener. */
export function readSearchParams(url: URL) {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  return { query: url.searchParams.get('query'), params }
}

/** What a query's answer reads of its request: an HTTP/1 or HTTP/2 request's method and body. */
type QueryRequest = Pick<IncomingMessage, 'method'> & AsyncIterable<unknown>

async function readPostBody(request: QueryRequest) {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    query?: string
    params?: Record<string, unknown>
  }
  return { query: body.query ?? null, params: body.params ?? {} }
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
