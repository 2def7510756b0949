import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { startLocalContentLake, type LocalContentLake } from '../testing/local-content-lake'

import { worstCaseMs, type ReadPolicy } from './bounded-read'
import { bundledDatasetPath } from './bundled-dataset'
import { createHostedSource } from './hosted-source'

/**
 * The hosted source's read policy with the real @sanity/client, against local servers that misbehave
 * as the Content Lake or a network can. Short timings keep the suite quick; the bound is the same
 * arithmetic as in production (bounded-read.ts). An attempt that reaches the local lake must answer
 * within the attempt's time under a parallel `npm test` on two cores: with 300 ms, one in CI did not,
 * and the read tried a third time where the test counted two.
 */
const policy: ReadPolicy = { attemptTimeoutMs: 1_000, retryDelaysMs: [20, 50] }
const bound = worstCaseMs(policy)
// A correctness bound, not a benchmark: without the policy a silent server would hold the read for
// minutes, so a margin of a few seconds on a loaded machine still tells the two apart.
const margin = 3_000

/** Answers the first requests as scripted, then passes the rest to the local Content Lake. */
type Misbehaviour = 'never answer' | 'reset' | number

interface FrontServer {
  url: string
  requests: number
  /**
   * Connections accepted, once `expected` were or a second has passed. An attempt the client gives up
   * on can be aborted before the server has read its request (client and server share one busy event
   * loop under a parallel `npm test`), but its connection was made. Fetch's pool may open one more
   * than it uses, so it bounds the attempts from below, the requests read from above.
   */
  connections(expected: number): Promise<number>
  close(): Promise<void>
}

async function startFrontServer(script: Misbehaviour[], lake?: LocalContentLake): Promise<FrontServer> {
  const front = { requests: 0 }
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const step = script[front.requests++]
    if (step === 'never answer') return
    if (step === 'reset') return request.socket.destroy()
    if (typeof step === 'number' || !lake) {
      const status = typeof step === 'number' ? step : 500
      response.writeHead(status, { 'content-type': 'application/json' })
      return response.end(JSON.stringify({ error: { description: `scripted ${status}`, type: 'scripted' } }))
    }
    void fetch(`${lake.url}${request.url}`).then(async (answer) => {
      response.writeHead(answer.status, { 'content-type': 'application/json' })
      response.end(await answer.text())
    })
  })
  let connections = 0
  server.on('connection', () => void (connections += 1))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    connections: async (expected) => {
      for (let waited = 0; connections < expected && waited < 1_000; waited += 20) await sleep(20)
      return connections
    },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return front.requests
    },
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

const sourceAt = (apiHost: string, draft?: { token: string }) =>
  createHostedSource({
    projectId: 'bounded',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost,
    draft,
    readPolicy: policy,
  })

let lake: LocalContentLake
let front: FrontServer | undefined
beforeAll(async () => {
  lake = await startLocalContentLake('production', bundledDatasetPath)
  // The lake's first query pays for loading its engine; the tests' attempts should not.
  await fetch(`${lake.url}/v2025-02-19/data/query/production?query=count(*)`)
})
afterEach(async () => {
  await front?.close()
  front = undefined
})
afterAll(() => lake.close())

// With cache tags the client reads through the global fetch (Next.js's in the site); without, through
// node:http. The policy must hold on both.
describe.each([
  ['through fetch, with cache tags', { tags: ['speaker'] }],
  ['through node:http, without tags', {}],
])('a hosted read %s', (_path, options) => {
  const countSpeakers = 'count(*[_type == "speaker"])'

  test('gives up on a server that never answers within the bound, after every retry', async () => {
    front = await startFrontServer(['never answer', 'never answer', 'never answer'])
    const started = performance.now()
    await expect(sourceAt(front.url).fetch(countSpeakers, {}, options)).rejects.toThrow(
      `The Content Lake did not answer within ${policy.attemptTimeoutMs} ms (attempt 3 of 3)`,
    )
    const elapsed = performance.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(3 * policy.attemptTimeoutMs - 10)
    expect(elapsed).toBeLessThan(bound + margin)
    expect(await front.connections(3)).toBeGreaterThanOrEqual(3)
    expect(front.requests).toBeLessThanOrEqual(3)
  })

  test('tries again after a 503 and gets the answer', async () => {
    front = await startFrontServer([503], lake)
    expect(await sourceAt(front.url).fetch(countSpeakers, {}, options)).toBeGreaterThan(0)
    expect(front.requests).toBe(2)
  })

  test('tries again after a dropped connection and gets the answer', async () => {
    front = await startFrontServer(['reset'], lake)
    expect(await sourceAt(front.url).fetch(countSpeakers, {}, options)).toBeGreaterThan(0)
    expect(front.requests).toBe(2)
  })

  test('a draft read follows the same policy', async () => {
    front = await startFrontServer([504, 'never answer'], lake)
    expect(await sourceAt(front.url, { token: 'viewer' }).fetch(countSpeakers, {}, options)).toBeGreaterThan(
      0,
    )
    expect(front.requests).toBe(3)
  })

  test.each([400, 401, 404, 500])('does not try a %i again', async (status) => {
    front = await startFrontServer([status, status, status])
    await expect(sourceAt(front.url).fetch(countSpeakers, {}, options)).rejects.toMatchObject({
      statusCode: status,
    })
    expect(front.requests).toBe(1)
  })

  test('stops after the last retry of a server that keeps failing', async () => {
    front = await startFrontServer([503, 429, 502, 503])
    await expect(sourceAt(front.url).fetch(countSpeakers, {}, options)).rejects.toMatchObject({
      statusCode: 502,
    })
    expect(front.requests).toBe(3)
  })
})
