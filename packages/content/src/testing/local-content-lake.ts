import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { evaluate, parse } from 'groq-js'

import { parseNdjson, type SanityDocument } from '../source/load-dataset'

/**
 * A stand-in for the Content Lake's query endpoint (`/v{apiVersion}/data/query/{dataset}`), answering
 * from an NDJSON export, so the hosted source's real @sanity/client can be tested without a network.
 * It keeps the parts of the API the client relies on: GET with `$param` JSON values, POST for long
 * queries, the `perspective` parameter (drafts are only visible with `raw`), and error bodies.
 */
export interface LocalContentLake {
  url: string
  requests: string[]
  close(): Promise<void>
}

export async function startLocalContentLake(
  datasetName: string,
  ndjsonPath: string,
): Promise<LocalContentLake> {
  const all = parseNdjson(await readFile(ndjsonPath, 'utf8'), ndjsonPath)
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`)
    answer(request, response, datasetName, all).catch((error: Error) =>
      send(response, 500, { error: { description: error.message, type: 'serverError' } }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
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

  const { query, params } = request.method === 'POST' ? await readPostBody(request) : readSearchParams(url)
  const perspective = url.searchParams.get('perspective') ?? 'raw'
  if (perspective !== 'published' && perspective !== 'raw') {
    return send(response, 400, {
      error: { description: `Unsupported perspective "${perspective}"`, type: 'httpBadRequest' },
    })
  }
  if (!query) return send(response, 400, { error: { description: 'Missing query', type: 'httpBadRequest' } })

  const started = performance.now()
  let tree
  try {
    tree = parse(query, { params })
  } catch (error) {
    return send(response, 400, { error: { description: (error as Error).message, type: 'queryParseError' } })
  }
  const dataset = perspective === 'published' ? all.filter((doc) => !doc._id.includes('.')) : all
  const result = await (await evaluate(tree, { dataset, params })).get()
  send(response, 200, { query, result, ms: Math.round(performance.now() - started) })
}

function readSearchParams(url: URL) {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  return { query: url.searchParams.get('query'), params }
}

async function readPostBody(request: IncomingMessage) {
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
