// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {Array<Buffer | string>} Body */

/**
 * Holds the body Next.js writes to a response until Next ends it, when `hold` says so once the status
 * and headers are final: at writeHead, or at the first flush, write or end without one. Otherwise the
 * response is left as it was. `release` gets the whole body, with the response's own methods back in
 * place, and sends the answer; a release that fails (never seen) ends the connection rather than send
 * half an answer. The layers of server.mjs each hold what they need this way, one inside the other.
 *
 * @param {ServerResponse} response
 * @param {(response: ServerResponse) => boolean} hold
 * @param {(body: Body) => unknown} release
 */
export function holdBody(response, hold, release) {
  const own = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  }
  /** @type {'undecided' | 'hold' | 'pass'} */
  let mode = 'undecided'
  /** @type {Body} */
  const body = []
  const restore = () => Object.assign(response, own)
  const holding = () => {
    if (mode === 'undecided') mode = hold(response) ? 'hold' : 'pass'
    if (mode === 'pass') restore()
    return mode === 'hold'
  }
  /**
   * @param {Function} method
   * @param {unknown[]} args
   */
  const call = (method, args) => Reflect.apply(method, response, args)

  response.writeHead = /** @type {typeof response.writeHead} */ (
    (/** @type {unknown[]} */ ...args) => {
      const [statusCode, ...rest] = args
      const [reason, headers] = typeof rest[0] === 'string' ? rest : [undefined, rest[0]]
      response.statusCode = Number(statusCode)
      if (typeof reason === 'string') response.statusMessage = reason
      setHeaders(response, /** @type {Parameters<typeof setHeaders>[1]} */ (headers))
      return holding() ? response : call(own.writeHead, [response.statusCode])
    }
  )

  // Next.js flushes the headers of a page it streams before its first chunk; held, they wait for the end.
  response.flushHeaders = () => {
    if (!holding()) call(own.flushHeaders, [])
  }

  response.write = /** @type {typeof response.write} */ (
    (/** @type {unknown[]} */ ...args) => {
      if (!holding()) return call(own.write, args)
      const [chunk, encoding, callback] = args
      body.push(toChunk(chunk, encoding))
      const done = [encoding, callback].find((argument) => typeof argument === 'function')
      if (done) process.nextTick(/** @type {Function} */ (done), null)
      return true
    }
  )

  response.end = /** @type {typeof response.end} */ (
    (/** @type {unknown[]} */ ...args) => {
      if (!holding()) return call(own.end, args)
      const [chunk, encoding] = args
      const done = args.find((argument) => typeof argument === 'function')
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
        body.push(toChunk(chunk, encoding))
      restore()
      if (done) response.once('finish', /** @type {() => void} */ (done))
      Promise.resolve(body)
        .then(release)
        .catch((/** @type {Error} */ error) => response.destroy(error))
      return response
    }
  )
}

/**
 * A held body as one Buffer.
 *
 * @param {Body} body
 */
export const bytesOf = (body) =>
  body.length === 1 && Buffer.isBuffer(body[0])
    ? body[0]
    : Buffer.concat(body.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)))

/**
 * writeHead's headers argument, as an object or as Node's flat or paired arrays, set on the response.
 *
 * @param {ServerResponse} response
 * @param {import('node:http').OutgoingHttpHeaders | import('node:http').OutgoingHttpHeader[] | undefined} headers
 */
function setHeaders(response, headers) {
  if (!headers) return
  if (!Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) response.setHeader(name, value)
    return
  }
  const pairs = Array.isArray(headers[0])
    ? /** @type {string[][]} */ (headers)
    : headers.flatMap((name, index) => (index % 2 === 0 ? [[String(name), String(headers[index + 1])]] : []))
  for (const [name = '', value = ''] of pairs) response.appendHeader(name, value)
}

/**
 * A chunk as Next.js wrote it: a string as it is (a prerendered page ends as one string, which the
 * compression cache keys on), anything else as bytes.
 *
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer | string}
 */
const toChunk = (chunk, encoding) =>
  typeof chunk === 'string'
    ? typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
      ? Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding))
      : chunk
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          /** @type {Uint8Array} */ (chunk).buffer,
          /** @type {Uint8Array} */ (chunk).byteOffset,
          /** @type {Uint8Array} */ (chunk).byteLength,
        )
