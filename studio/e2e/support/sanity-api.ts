import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import {
  createSecureServer,
  type Http2ServerRequest as IncomingMessage,
  type Http2ServerResponse as ServerResponse,
  type Http2Session,
} from 'node:http2'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { SanityDocument } from '@bergslaget/content/dataset'
import { queryAnswer, readSearchParams } from '@bergslaget/content/testing/local-content-lake'
import type { Mut } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'

import { makeCertificates } from '../../../apps/web/bench/support/tls-terminator.mjs'

import { InMemoryLake, LakeError, type DocumentAction, type MutationEvent } from './in-memory-lake'

/** The signed-in editor, as `/users/me` describes them to the Studio. */
export const editor = {
  id: 'p-e2e-editor',
  name: 'Eva Redaktör',
  email: 'eva@bergslaget.example',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
}

export interface SanityApi {
  /** Where Chromium's host resolver sends `*.api.sanity.io` and `api.sanity.io`. */
  address: string
  lake: InMemoryLake
  /** Every request answered, as `status METHOD host path`, in the order of their answers. */
  requests: string[]
  /** The requests answered 404 because nothing here knows them: the test asserts there are none. */
  unanswered: string[]
  /** The error reports the Studio sent to Sanity's intake, as sent. */
  errorReports: string[]
  /**
   * Usage events sent to Sanity's intake. The Studio asks `/intake/telemetry-status` (answered
   * "denied") before each periodic batch, but sends what it holds as a beacon when the page unloads.
   */
  telemetry: string[]
  close(): Promise<void>
}

/**
 * Sanity's API as the built Studio uses it, answered from an in-memory dataset: the project, the
 * signed-in user and their grants, queries, documents, the listener (a real event stream), mutations
 * and document actions. HTTPS on a local port with a throwaway certificate; Chromium is told to send
 * Sanity's hosts there and to accept the certificate, so the Studio runs unchanged. Every request but
 * the public ones needs `Authorization: Bearer <token>`, as the real API's would for a private dataset.
 */
export async function startSanityApi(options: {
  projectId: string
  dataset: string
  token: string
  documents: SanityDocument[]
}): Promise<SanityApi> {
  const lake = new InMemoryLake(options.documents, editor.id)
  const requests: string[] = []
  const unanswered: string[] = []
  const errorReports: string[] = []
  const telemetry: string[] = []
  const openStreams = new Set<ServerResponse>()
  const context = { ...options, lake, unanswered, errorReports, telemetry, openStreams }
  // HTTP/2, as Sanity's API answers: the Studio keeps a dozen listeners open, and over HTTP/1.1
  // Chromium's six connections per host would all be held by them, leaving its queries waiting.
  const server = createSecureServer({ ...throwawayCertificate(), allowHTTP1: true }, (request, response) => {
    const line = `${request.method} ${request.headers[':authority'] ?? request.headers.host} ${request.url}`
    response.on('finish', () => requests.push(`${response.statusCode} ${line}`))
    route(request, response, context).catch((error: unknown) => {
      const known = error instanceof LakeError ? error : new LakeError(500, 'serverError', String(error))
      send(response, known.status, { error: { type: known.type, description: known.message } })
    })
  })
  const sessions = new Set<Http2Session>()
  server.on('session', (session: Http2Session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    lake,
    requests,
    unanswered,
    errorReports,
    telemetry,
    close: () =>
      new Promise((resolve) => {
        for (const stream of openStreams) stream.end()
        for (const session of sessions) session.destroy()
        server.close(() => resolve())
      }),
  }
}

type Context = Parameters<typeof startSanityApi>[0] & {
  lake: InMemoryLake
  unanswered: string[]
  errorReports: string[]
  telemetry: string[]
  openStreams: Set<ServerResponse>
}

/**
 * Answers without a token: what a signed-out Studio asks before it shows its login screen, and what it
 * sends to Sanity's intake (error reports through a Sentry tunnel, usage beacons), which the test keeps.
 */
const PUBLIC =
  /^\/(auth\/providers|ping|data\/ping\/[^/]+|intake\/telemetry-status|intake\/feedback|intake\/batch)$/

async function route(request: IncomingMessage, response: ServerResponse, context: Context) {
  allowStudioOrigin(request, response)
  if (request.method === 'OPTIONS') return void response.writeHead(204).end()

  const url = new URL(request.url ?? '/', 'https://api.sanity.io')
  // Every API path starts with its version: /v2025-02-19, /v1, /vX.
  const path = url.pathname.replace(/^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(?=\/)/, '')
  if (!PUBLIC.test(path) && request.headers.authorization !== `Bearer ${context.token}`) {
    return send(response, 401, { statusCode: 401, error: 'Unauthorized', message: 'Session not found' })
  }
  const { projectId, dataset, lake } = context
  const data = /^\/data\/(query|doc|listen|mutate|actions|history|ping)\/([^/]+)(?:\/(.+))?$/.exec(path)
  if (data) {
    const [, endpoint, name, rest] = data
    if (name !== dataset) throw new LakeError(404, 'notFound', `Dataset "${name}" not found`)
    switch (endpoint) {
      case 'query': {
        const { status, body } = await queryAnswer(request, url, lake.documents())
        return send(response, status, body)
      }
      case 'doc':
        return send(response, 200, documentsAnswer(lake, decodeURIComponent(rest ?? '').split(',')))
      case 'listen':
        return listen(request, response, url, context)
      case 'mutate': {
        const body = (await readJson(request)) as { mutations: Mut[]; transactionId?: string }
        const { transactionId, ids } = lake.mutate(body.mutations, body.transactionId)
        return send(response, 200, { transactionId, results: ids.map((id) => ({ id, operation: 'update' })) })
      }
      case 'actions': {
        const body = (await readJson(request)) as { actions: DocumentAction[]; transactionId?: string }
        return send(response, 200, lake.act(body.actions, body.transactionId))
      }
      case 'ping':
        return send(response, 200, 'PONG')
      case 'history':
        return sendHistory(response, rest ?? '')
    }
  }

  const answers: [RegExp, () => unknown][] = [
    [/^\/users\/me$/, () => editor],
    [/^\/auth\/id$/, () => ({ id: editor.id })],
    [/^\/auth\/providers$/, () => ({ thirdPartyLogin: false, sso: {}, providers: loginProviders })],
    [/^\/ping$/, () => 'PONG'],
    [/^\/intake\/telemetry-status$/, () => ({ status: 'denied' })],
    [/^\/features$/, () => []],
    // Sanity's own notices, trials and upsells: nothing to show.
    [/^\/journey\//, () => null],
    [/^\/help$/, () => ({ resources: [] })],
    [/^\/descriptors\/claim$/, () => ({ synchronization: { type: 'complete' } })],
    [/^\/schedules\/[^/]+\/[^/]+$/, () => ({ schedules: [] })],
    [/^\/users\/me\/keyvalue/, () => []],
    [/^\/users\/[^/]+$/, () => [editor]],
    [new RegExp(`^/projects/${projectId}$`), () => project(projectId)],
    [new RegExp(`^/projects/${projectId}/datasets$`), () => []],
    [new RegExp(`^/projects/${projectId}/user-applications$`), () => []],
    [new RegExp(`^/projects/${projectId}/datasets/${dataset}/acl$`), () => editorGrants],
  ]
  if (path === '/intake/feedback' || path === '/intake/batch') {
    const sent = path === '/intake/feedback' ? context.errorReports : context.telemetry
    sent.push(await readBody(request))
    return send(response, 200, {})
  }
  const known = answers.find(([pattern]) => pattern.test(path))
  if (known) return send(response, 200, known[1]())
  context.unanswered.push(`${request.method} ${path}`)
  send(response, 404, { error: { type: 'notFound', description: `Not found: ${path}` } })
}

const loginProviders = [
  { name: 'sanity', title: 'E-post och lösenord', url: 'https://api.sanity.io/v1/auth/login/sanity' },
]

/** An administrator may read, create, update and see the history of every document. */
const editorGrants = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history'] }]

const project = (id: string) => ({
  id,
  displayName: 'Intresseföreningen Bergslaget',
  studioHost: null,
  isBlocked: false,
  isDisabled: false,
  isDisabledByUser: false,
  metadata: {},
  members: [
    { id: editor.id, role: 'administrator', roles: editor.roles, isRobot: false, isCurrentUser: true },
  ],
  features: [],
})

/**
 * History as of a dataset just imported: no events and no transactions for any document, so the
 * Studio's history panel shows the current version only.
 */
function sendHistory(response: ServerResponse, rest: string) {
  const events = /^events\/documents\/([^/]+)$/.exec(rest)
  if (events)
    return send(response, 200, { events: { [decodeURIComponent(events[1] ?? '')]: [] }, nextCursor: '' })
  if (!rest.startsWith('transactions/')) throw new LakeError(404, 'notFound', `Not found: history/${rest}`)
  response.writeHead(200, { 'content-type': 'application/x-ndjson' })
  response.end()
}

function documentsAnswer(lake: InMemoryLake, ids: string[]) {
  const documents = ids.flatMap((id) => lake.get(id) ?? [])
  const omitted = ids.filter((id) => !lake.get(id)).map((id) => ({ id, reason: 'existence' }))
  return { documents, omitted }
}

/**
 * The listener: a `welcome`, then a `mutation` event for every change to a document that matched the
 * query's filter before or after it. Options as the API takes them: `includeResult`,
 * `includePreviousRevision`, `includeMutations`, `effectFormat=mendoza`; release versions only with
 * `includeAllVersions`. A comment line keeps a quiet stream alive, as the API's does: the Studio's
 * EventSource polyfill drops a stream after 45 s without a byte and logs "No activity within 45000
 * milliseconds" (seen once in CI, where a listener of a document nobody edited stayed open that long).
 */
const heartbeatMs = 15_000

async function listen(request: IncomingMessage, response: ServerResponse, url: URL, context: Context) {
  const { query, params } = readSearchParams(url)
  if (!query) throw new LakeError(400, 'httpBadRequest', 'Missing query')
  const tree = parse(query, { params })
  const matches = async (document: SanityDocument | null | undefined) =>
    Boolean(document) &&
    ((await (await evaluate(tree, { dataset: [document], params })).get()) as unknown[]).length > 0
  const flag = (name: string, otherwise: boolean) => {
    const value = url.searchParams.get(name)
    return value === null ? otherwise : value === 'true'
  }
  const includeResult = flag('includeResult', true)
  const includePrevious = flag('includePreviousRevision', false)
  const includeMutations = flag('includeMutations', true)
  const includeVersions = flag('includeAllVersions', false)
  const withEffects = url.searchParams.get('effectFormat') === 'mendoza'

  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  response.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: `e2e-${Date.now()}` })}\n\n`)
  context.openStreams.add(response)
  const heartbeat = setInterval(
    () => response.writableEnded || response.write(': heartbeat\n\n'),
    heartbeatMs,
  )
  heartbeat.unref()
  // Events go out one at a time, in commit order, although matching them is asynchronous.
  let queue = Promise.resolve()
  const stop = context.lake.listen((event: MutationEvent) => {
    queue = queue.then(async () => {
      if (!includeVersions && event.documentId.startsWith('versions.')) return
      if (!(await matches(event.result)) && !(await matches(event.previous))) return
      const { result, previous, mutations, effects, ...rest } = event
      const sent = {
        ...rest,
        ...(includeResult && result ? { result } : {}),
        ...(includePrevious ? { previous } : {}),
        ...(includeMutations ? { mutations } : {}),
        ...(withEffects ? { effects } : {}),
      }
      response.write(`event: mutation\nid: ${event.eventId}\ndata: ${JSON.stringify(sent)}\n\n`)
    })
  })
  request.on('close', () => {
    clearInterval(heartbeat)
    stop()
    context.openStreams.delete(response)
  })
}

function allowStudioOrigin(request: IncomingMessage, response: ServerResponse) {
  const origin = request.headers.origin
  if (!origin) return
  response.setHeader('access-control-allow-origin', origin)
  response.setHeader('access-control-allow-credentials', 'true')
  response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
  const wanted = request.headers['access-control-request-headers']
  if (wanted) response.setHeader('access-control-allow-headers', wanted)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const readJson = async (request: IncomingMessage): Promise<unknown> => JSON.parse(await readBody(request))

function send(response: ServerResponse, status: number, body: unknown) {
  if (response.headersSent) return void response.end()
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

/** The Observatory benchmark's throwaway certificate (for `localhost`); Chromium is told to accept it. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'studio-e2e-tls-'))
  try {
    const { certFile, keyFile } = makeCertificates(dir)
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
