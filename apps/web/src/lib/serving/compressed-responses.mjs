// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { bytesOf, holdBody } from './held-response.mjs'

/** @typedef {import('./compression-cache.mjs').CompressionCache} CompressionCache */
/** @typedef {import('./compression-cache.mjs').Encoding} Encoding */

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** @type {Record<Encoding, (bytes: Buffer) => Promise<Buffer>>} */
const compressors = {
  // Brotli at quality 5 takes what gzip's default level takes (1.9 and 2.0 ms for the 79 KB article
  // page) and sends a fifth less (12.1 KB, gzip 15.6 KB): on a phone's connection a page's first paint
  // waits for its last byte. Quality 11 would save 8 % more for 30 times the work (61 ms for that page),
  // paid by the first visitor of every page, a crawler's every request.
  br: (bytes) =>
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => gzipAsync(bytes),
}

// Below this an encoding's header and a round of zlib cost more than they save (the `compression`
// package's threshold, which Next.js uses).
const minimumBytes = 1024

// Text types the site sends: HTML, RSC payloads (text/x-component), scripts, CSS, JSON, feeds, XML,
// calendars, SVG. Images and fonts are compressed already.
const compressibleType =
  /^(?:text\/|application\/(?:javascript|json|xml|[\w.-]+\+(?:json|xml))|image\/svg\+xml)/i

// No content (204, 304), or a range of the identity body (206).
const bodiless = new Set([204, 206, 304])

/**
 * The encoding to send for an Accept-Encoding header: brotli, which every browser takes (over HTTPS, and
 * on localhost), unless the client weighs gzip higher; gzip for a client that takes only gzip; none when
 * it takes neither.
 *
 * @param {string | undefined} header
 * @returns {Encoding | undefined}
 */
export function chooseEncoding(header) {
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const entry of (header ?? '').split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase())
    const quality = parameters.find((parameter) => parameter.startsWith('q='))
    if (coding) weights.set(coding, quality === undefined ? 1 : Number(quality.slice(2)) || 0)
  }
  const weight = (/** @type {Encoding} */ coding) => weights.get(coding) ?? weights.get('*') ?? 0
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br'
  return weight('gzip') > 0 ? 'gzip' : undefined
}

/** Whether a shared cache may keep the answer, and so whether it is the same for every visitor. */
/** @param {unknown} cacheControl */
export function sharedCacheable(cacheControl) {
  const value = String(cacheControl ?? '').toLowerCase()
  return /\b(?:s-maxage|public)\b/.test(value) && !/\b(?:private|no-store)\b/.test(value)
}

/**
 * @param {unknown} ifNoneMatch
 * @param {string} etag
 */
const matches = (ifNoneMatch, etag) =>
  String(ifNoneMatch ?? '')
    .split(',')
    .some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))

/**
 * @param {import('node:http').ServerResponse} response
 * @param {string} field
 */
function appendVary(response, field) {
  const vary = String(response.getHeader('vary') ?? '')
  const fields = vary.split(',').map((name) => name.trim().toLowerCase())
  if (!fields.includes(field.toLowerCase()) && !fields.includes('*'))
    response.setHeader('vary', vary ? `${vary}, ${field}` : field)
}

/**
 * Next.js's own compression gzips every response again on every request, and its ETag hashes the whole
 * page in JavaScript each time: on a prerendered page, the same work for the same bytes, and the two
 * largest costs of serving it (a CPU profile under `npm run bench`'s load: 18 % zlib, 14 % the ETag,
 * for a 46 KB page). This does both once per distinct body: a GET for a text response is held until
 * Next.js ends it, hashed natively (the ETag, and a 304 when it matches), and compressed, brotli for a
 * browser (see compressors) and gzip for a client that takes only that; the compressed bytes of a body
 * a shared cache may keep are kept too (with its ETag, in `cache`), so a prerendered page or script is
 * compressed once per encoding however often it is asked for. A page rendered per visitor is compressed
 * each time and not kept. next.config.ts turns Next's own compression and ETags off.
 *
 * Holding the body costs streaming, which no page of the site uses (no Suspense boundaries): a page is
 * sent when it is whole, as a prerendered one is.
 *
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handle
 * @param {CompressionCache} cache
 */
export function withCompressedResponses(handle, cache) {
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return (request, response) => {
    if (request.method === 'GET' || request.method === 'HEAD') compressResponse(request, response, cache)
    return handle(request, response)
  }
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {CompressionCache} cache
 */
function compressResponse(request, response, cache) {
  const accepted = request.method === 'GET' ? chooseEncoding(request.headers['accept-encoding']) : undefined
  holdBody(
    response,
    () => {
      const compressible =
        response.statusCode >= 200 &&
        !bodiless.has(response.statusCode) &&
        !response.hasHeader('content-encoding') &&
        compressibleType.test(String(response.getHeader('content-type') ?? ''))
      // Caches must know the answer depends on Accept-Encoding, the identity one as much as a compressed one.
      if (compressible) appendVary(response, 'Accept-Encoding')
      return compressible && accepted !== undefined
    },
    (chunks) => accepted && send(request, response, cache, accepted, chunks),
  )
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {CompressionCache} cache
 * @param {Encoding} encoding
 * @param {import('./held-response.mjs').Body} chunks
 */
async function send(request, response, cache, encoding, chunks) {
  const sendAs = (/** @type {Buffer} */ bytes) => {
    response.setHeader('content-length', bytes.length)
    response.end(bytes)
  }
  const keep = sharedCacheable(response.getHeader('cache-control'))
  // Next.js ends a prerendered page with the whole page as one string, which is then its own key: the
  // cache finds it by its length and a compare of its characters, where the hash would first encode
  // it and then read it all again on every request (0.1–0.2 ms for the 75 KB article page, a fifth
  // of the time it took to serve it in a CPU profile under autocannon's 50 connections).
  const text = chunks.length === 1 && typeof chunks[0] === 'string' ? chunks[0] : undefined
  const known = keep && text !== undefined ? cache.get(text) : undefined
  let etag = known?.etag
  /** @type {Buffer | undefined} */
  let body
  if (!etag) {
    body = bytesOf(chunks)
    if (body.length < minimumBytes) return sendAs(body)
    etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
  }
  const ok = response.statusCode === 200
  if (ok && !response.hasHeader('etag')) response.setHeader('etag', etag)
  if (ok && matches(request.headers['if-none-match'], String(response.getHeader('etag')))) {
    response.statusCode = 304
    for (const name of ['content-type', 'content-length']) response.removeHeader(name)
    return response.end()
  }
  const key = text ?? etag
  let compressed = (known ?? (keep ? cache.get(key) : undefined))?.encoded[encoding]
  if (!compressed) {
    compressed = await compressors[encoding](body ?? bytesOf(chunks))
    // Read again: another request may have added the other encoding while this one was compressing.
    if (keep) cache.set(key, { etag, encoded: { ...cache.get(key)?.encoded, [encoding]: compressed } })
  }
  response.setHeader('content-encoding', encoding)
  sendAs(compressed)
}
