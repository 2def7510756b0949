/**
 * @jest-environment node
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { browserEncodings, decodedBody, rawRequest } from '@/testing/raw-request'

import { chooseEncoding, sharedCacheable, withCompressedResponses } from './compressed-responses.mjs'
import { CompressionCache } from './compression-cache.mjs'

// The ways Next.js answers, written here as a real HTTP server answers them: a prerendered page (headers
// set, then the whole body at once), a page rendered per request (headers flushed, then streamed in
// chunks), writeHead with headers, an image, a small body, a not-found page.
const page = `<!DOCTYPE html><html lang="sv"><body>${'<p>Intresseföreningen Bergslaget</p>'.repeat(200)}</body></html>`

const answers: Record<string, (response: ServerResponse) => void> = {
  '/prerendered': (response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', 's-maxage=31536000')
    response.setHeader('vary', 'rsc, next-router-state-tree')
    response.end(page)
  },
  // The same length as `page`, one letter changed: its own entry, never the other's.
  '/prerendered-changed': (response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', 's-maxage=31536000')
    response.end(page.replace('Bergslaget', 'Bergslagen'))
  },
  // A build's script: Next.js sends it as bytes.
  '/script': (response) => {
    response.setHeader('content-type', 'application/javascript; charset=UTF-8')
    response.setHeader('cache-control', 'public, max-age=31536000, immutable')
    response.end(Buffer.from(page))
  },
  '/per-request': (response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    response.flushHeaders()
    const half = page.length / 2
    response.write(Buffer.from(page.slice(0, half)))
    response.write(new TextEncoder().encode(page.slice(half)))
    response.end()
  },
  '/write-head': (response) => {
    response.writeHead(200, 'OK', {
      'content-type': 'application/json',
      'cache-control': 'public, max-age=60',
    })
    response.end(JSON.stringify({ page }))
  },
  '/write-head-array': (response) => {
    response.writeHead(200, ['content-type', 'text/css', 'x-kind', 'array'])
    response.end(page)
  },
  '/image': (response) => {
    response.setHeader('content-type', 'image/png')
    response.end(Buffer.alloc(4096, 7))
  },
  '/small': (response) => {
    response.setHeader('content-type', 'text/plain')
    response.end('liten')
  },
  '/not-found': (response) => {
    response.statusCode = 404
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
    response.end(page)
  },
}

const cache = new CompressionCache(1024 * 1024)
const server = createServer(
  withCompressedResponses((request, response) => answers[request.url ?? '']?.(response), cache),
)
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(new URL(path, `http://127.0.0.1:${port}`), headers, method)

const browser = browserEncodings
const gzipOnly = { 'accept-encoding': 'gzip' }

test('a page a shared cache may keep is compressed once, brotli for a browser, then sent from the cache with the same ETag', async () => {
  const first = await get('/prerendered', browser)
  expect(first.headers['content-encoding']).toBe('br')
  expect(first.headers['content-length']).toBe(String(first.body.length))
  expect(first.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
  expect(decodedBody(first)).toBe(page)
  expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/)
  const kept = cache.size
  expect(kept).toBeGreaterThan(0)
  const keptBytes = cache.bytes

  const second = await get('/prerendered', browser)
  expect(second.body.equals(first.body)).toBe(true)
  expect(second.headers.etag).toBe(first.headers.etag)
  expect(cache.size).toBe(kept)
  expect(cache.bytes).toBe(keptBytes)
})

test('a client that takes only gzip gets gzip of the same page, kept beside the brotli one', async () => {
  const br = await get('/prerendered', browser)
  const bytesWithBrotli = cache.bytes
  const size = cache.size
  const first = await get('/prerendered', gzipOnly)
  expect(first.headers['content-encoding']).toBe('gzip')
  expect(decodedBody(first)).toBe(page)
  expect(first.headers.etag).toBe(br.headers.etag)
  expect(cache.size).toBe(size)
  expect(cache.bytes).toBe(bytesWithBrotli + first.body.length)

  const second = await get('/prerendered', gzipOnly)
  expect(second.body.equals(first.body)).toBe(true)
  expect((await get('/prerendered', browser)).body.equals(br.body)).toBe(true)
  expect(cache.bytes).toBe(bytesWithBrotli + first.body.length)
})

test('a page kept under its text has the ETag of its bytes; a page of the same length is not taken for it', async () => {
  const paths = ['/prerendered', '/prerendered-changed', '/script']
  const sent = async () => Promise.all(paths.map((path) => get(path, browser)))
  const first = await sent()
  const [kept, changed, script] = await sent()
  expect([kept, changed, script].map((answer) => answer?.headers.etag)).toEqual(
    first.map(({ headers }) => headers.etag),
  )
  expect(changed && decodedBody(changed)).toBe(page.replace('Bergslaget', 'Bergslagen'))
  expect(changed?.headers.etag).not.toBe(kept?.headers.etag)
  // The same bytes as one string and as a Buffer: the same ETag, whichever key it was kept under.
  expect(script?.headers.etag).toBe(kept?.headers.etag)
  expect(script && decodedBody(script)).toBe(page)
})

test('a request with the ETag it has gets a 304 without a body', async () => {
  const { headers } = await get('/prerendered', browser)
  const again = await get('/prerendered', { ...browser, 'if-none-match': `"other", ${headers.etag}` })
  expect(again.status).toBe(304)
  expect(again.body.length).toBe(0)
  expect(again.headers.etag).toBe(headers.etag)
  expect(again.headers['content-type']).toBeUndefined()
  expect((await get('/prerendered', { ...browser, 'if-none-match': '"other"' })).status).toBe(200)
})

test('a page rendered per visitor, streamed in chunks, is compressed whole and not kept', async () => {
  const before = cache.size
  for (const [headers, encoding] of [
    [browser, 'br'],
    [gzipOnly, 'gzip'],
  ] as const) {
    const answer = await get('/per-request', headers)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe(encoding)
    expect(decodedBody(answer)).toBe(page)
  }
  expect(cache.size).toBe(before)
})

test('headers given to writeHead, as an object or an array, are kept and the body compressed', async () => {
  const json = await get('/write-head', browser)
  expect(json.headers['content-type']).toBe('application/json')
  expect(json.headers['content-encoding']).toBe('br')
  expect(JSON.parse(decodedBody(json))).toEqual({ page })

  const css = await get('/write-head-array', browser)
  expect(css.headers['x-kind']).toBe('array')
  expect(css.headers['content-encoding']).toBe('br')
  expect(decodedBody(css)).toBe(page)
})

test('a not-found page is compressed, without an ETag', async () => {
  const answer = await get('/not-found', browser)
  expect(answer.status).toBe(404)
  expect(answer.headers['content-encoding']).toBe('br')
  expect(answer.headers.etag).toBeUndefined()
  expect(decodedBody(answer)).toBe(page)
})

test('a client that takes neither brotli nor gzip gets the body as it is, marked as varying by encoding', async () => {
  for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, identity, zstd' }] as Record<string, string>[]) {
    const answer = await get('/prerendered', headers)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    expect(answer.body.toString()).toBe(page)
  }
  const head = await get('/prerendered', browser, 'HEAD')
  expect(head.headers['content-encoding']).toBeUndefined()
  expect(head.headers.vary).toContain('Accept-Encoding')
})

test('images and bodies under 1 KB go out as they are', async () => {
  const image = await get('/image', browser)
  expect(image.headers['content-encoding']).toBeUndefined()
  expect(image.headers.vary).toBeUndefined()
  expect(image.body.equals(Buffer.alloc(4096, 7))).toBe(true)

  const small = await get('/small', browser)
  expect(small.headers['content-encoding']).toBeUndefined()
  expect(small.headers['content-length']).toBe('5')
  expect(small.body.toString()).toBe('liten')
})

test('Accept-Encoding is read with its weights; only responses every visitor gets are kept', () => {
  expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
  expect(chooseEncoding('BR;q=0.5, gzip;q=0.5')).toBe('br')
  expect(chooseEncoding('br;q=0.5, GZIP')).toBe('gzip')
  expect(chooseEncoding('gzip')).toBe('gzip')
  expect(chooseEncoding('br;q=0, gzip;q=0.1')).toBe('gzip')
  expect(chooseEncoding('*')).toBe('br')
  expect(chooseEncoding('*, br;q=0')).toBe('gzip')
  expect(chooseEncoding('gzip;q=0')).toBeUndefined()
  expect(chooseEncoding('identity, deflate')).toBeUndefined()
  expect(chooseEncoding(undefined)).toBeUndefined()

  expect(sharedCacheable('s-maxage=3600, stale-while-revalidate=86400')).toBe(true)
  expect(sharedCacheable('public, max-age=31536000, immutable')).toBe(true)
  expect(sharedCacheable('private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false)
  expect(sharedCacheable('public, no-store')).toBe(false)
  expect(sharedCacheable(undefined)).toBe(false)
})
