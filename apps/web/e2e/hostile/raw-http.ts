import { connect } from 'node:net'

/**
 * A request exactly as it goes on the wire. Written over a plain socket, not fetch or node:http: both
 * normalise or refuse what this suite sends on purpose (dot segments, backslashes, `<`, a tab or a
 * request target that is not a path, methods they do not know).
 */
export interface RawRequest {
  method: string
  /** The request target as sent: no encoding, no normalisation. */
  target: string
  /** Sent after Host; a Host here replaces the server's. */
  headers?: readonly (readonly [string, string])[]
  /** Sent as is, with a Content-Length unless the headers declare a length or a transfer coding. */
  body?: string | Uint8Array
}

export interface RawResponse {
  status: number
  /** Lower-case names, each with its values in the order received (a header may come twice). */
  headers: Record<string, string[]>
  /** Decoded from chunks when the response was chunked. */
  body: Buffer
}

/** What came back: a response; or none, the connection closed (why) or still silent at the timeout. */
export type RawOutcome = { response: RawResponse } | { closed: string } | { timedOut: true }

const timeoutMs = 30_000

const hasHeader = (headers: RawRequest['headers'], name: string) =>
  (headers ?? []).some(([key]) => key.toLowerCase() === name)

function requestBytes(host: string, { method, target, headers = [], body }: RawRequest): Buffer {
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body)
  const lines = [
    `${method} ${target} HTTP/1.1`,
    ...(hasHeader(headers, 'host') ? [] : [`Host: ${host}`]),
    'Connection: close',
    ...headers.map(([name, value]) => `${name}: ${value}`),
    ...(body !== undefined &&
    !hasHeader(headers, 'content-length') &&
    !hasHeader(headers, 'transfer-encoding')
      ? [`Content-Length: ${payload.length}`]
      : []),
  ]
  // latin1: a byte per character, so a target may carry raw bytes above 0x7f as the test wrote them.
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload])
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd < 0) break
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size) || size === 0) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

function parseResponse(data: Buffer): RawResponse | null {
  const headEnd = data.indexOf('\r\n\r\n')
  if (headEnd < 0) return null
  const [statusLine = '', ...headerLines] = data.subarray(0, headEnd).toString('latin1').split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1])
  if (!status) return null
  const headers: Record<string, string[]> = {}
  for (const line of headerLines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    headers[name] = [...(headers[name] ?? []), line.slice(colon + 1).trim()]
  }
  const body = data.subarray(headEnd + 4)
  const chunked = headers['transfer-encoding']?.some((coding) => /chunked/i.test(coding))
  return { status, headers, body: chunked ? dechunk(body) : body }
}

/**
 * Sends one request on its own connection (`Connection: close`) and reads the answer until the server
 * closes it. A server that answers early (413, 431) and closes while the request is still being written
 * resets the connection; whatever answer arrived before that counts.
 */
export function sendRaw(baseUrl: string, request: RawRequest): Promise<RawOutcome> {
  const { hostname, port, host } = new URL(baseUrl)
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let settled = false
    const socket = connect(Number(port), hostname)
    const finish = (closed: string | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const response = parseResponse(Buffer.concat(chunks))
      resolve(response ? { response } : closed === null ? { timedOut: true } : { closed })
    }
    const timer = setTimeout(() => finish(null), timeoutMs)
    // Written, not ended: Node's server drops a request whose client half-closes before the answer.
    socket.on('connect', () => socket.write(requestBytes(host, request)))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => finish('closed'))
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message))
  })
}

/** Sends every request, `concurrency` at a time; the outcomes in the requests' order. */
export async function sendAll(
  baseUrl: string,
  requests: readonly RawRequest[],
  concurrency: number,
): Promise<RawOutcome[]> {
  const outcomes: RawOutcome[] = []
  let next = 0
  const worker = async () => {
    for (let index = next++; index < requests.length; index = next++) {
      outcomes[index] = await sendRaw(baseUrl, requests[index] as RawRequest)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

const shortened = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text

/** One line for a failure list: method, target, the headers the request adds, the body's size. */
export function describeRequest({ method, target, headers = [], body }: RawRequest): string {
  const shown = headers.slice(0, 3).map(([name, value]) => `${name}: ${shortened(value, 60)}`)
  const more = headers.length > 3 ? [`and ${headers.length - 3} more headers`] : []
  const sized = body === undefined ? [] : [`${Buffer.byteLength(body)}-byte body`]
  return [`${method} ${JSON.stringify(shortened(target, 160))}`, ...shown, ...more, ...sized].join(', ')
}
