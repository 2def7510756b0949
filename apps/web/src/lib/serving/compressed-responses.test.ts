/**
 * @jest-environment node
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { rawRequest } from '@/testing/raw-request'

import { acceptsGzip, sharedCacheable, withCompressedResponses } from './compressed-responses.mjs'
import { GzipCache } from './gzip-cache.mjs'

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

const cache = new GzipCache(1024 * 1024)
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

const gzipped = { 'accept-encoding': 'gzip, deflate, br' }

test('a page a shared cache may keep is gzipped once, then sent from the cache with the same ETag', async () => {
  const first = await get('/prerendered', gzipped)
  expect(first.headers['content-encoding']).toBe('gzip')
  expect(first.headers['content-length']).toBe(String(first.body.length))
  expect(first.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
  expect(gunzipSync(first.body).toString()).toBe(page)
  expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/)
  const kept = cache.size
  expect(kept).toBeGreaterThan(0)

  const second = await get('/prerendered', gzipped)
  expect(second.body.equals(first.body)).toBe(true)
  expect(second.headers.etag).toBe(first.headers.etag)
  expect(cache.size).toBe(kept)
})

test('a page kept under its text has the ETag of its bytes; a page of the same length is not taken for it', async () => {
  const paths = ['/prerendered', '/prerendered-changed', '/script']
  const sent = async () => Promise.all(paths.map((path) => get(path, gzipped)))
  const first = await sent()
  const [kept, changed, script] = await sent()
  expect([kept, changed, script].map((answer) => answer?.headers.etag)).toEqual(
    first.map(({ headers }) => headers.etag),
  )
  expect(gunzipSync(changed?.body ?? Buffer.alloc(0)).toString()).toBe(
    page.replace('Bergslaget', 'Bergslagen'),
  )
  expect(changed?.headers.etag).not.toBe(kept?.headers.etag)
  // The same bytes as one string and as a Buffer: the same ETag, whichever key it was kept under.
  expect(script?.headers.etag).toBe(kept?.headers.etag)
  expect(gunzipSync(script?.body ?? Buffer.alloc(0)).toString()).toBe(page)
})

test('a request with the ETag it has gets a 304 without a body', async () => {
  const { headers } = await get('/prerendered', gzipped)
  const again = await get('/prerendered', { ...gzipped, 'if-none-match': `"other", ${headers.etag}` })
  expect(again.status).toBe(304)
  expect(again.body.length).toBe(0)
  expect(again.headers.etag).toBe(headers.etag)
  expect(again.headers['content-type']).toBeUndefined()
  expect((await get('/prerendered', { ...gzipped, 'if-none-match': '"other"' })).status).toBe(200)
})

test('a page rendered per visitor, streamed in chunks, is gzipped whole and not kept', async () => {
  const before = cache.size
  const answer = await get('/per-request', gzipped)
  expect(answer.status).toBe(200)
  expect(answer.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(answer.body).toString()).toBe(page)
  expect(cache.size).toBe(before)
})

test('headers given to writeHead, as an object or an array, are kept and the body compressed', async () => {
  const json = await get('/write-head', gzipped)
  expect(json.headers['content-type']).toBe('application/json')
  expect(json.headers['content-encoding']).toBe('gzip')
  expect(JSON.parse(gunzipSync(json.body).toString())).toEqual({ page })

  const css = await get('/write-head-array', gzipped)
  expect(css.headers['x-kind']).toBe('array')
  expect(css.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(css.body).toString()).toBe(page)
})

test('a not-found page is compressed, without an ETag', async () => {
  const answer = await get('/not-found', gzipped)
  expect(answer.status).toBe(404)
  expect(answer.headers['content-encoding']).toBe('gzip')
  expect(answer.headers.etag).toBeUndefined()
  expect(gunzipSync(answer.body).toString()).toBe(page)
})

test('a client that does not take gzip gets the body as it is, marked as varying by encoding', async () => {
  for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, identity' }] as Record<string, string>[]) {
    const answer = await get('/prerendered', headers)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    expect(answer.body.toString()).toBe(page)
  }
  const head = await get('/prerendered', gzipped, 'HEAD')
  expect(head.headers['content-encoding']).toBeUndefined()
  expect(head.headers.vary).toContain('Accept-Encoding')
})

test('images and bodies under 1 KB go out as they are', async () => {
  const image = await get('/image', gzipped)
  expect(image.headers['content-encoding']).toBeUndefined()
  expect(image.headers.vary).toBeUndefined()
  expect(image.body.equals(Buffer.alloc(4096, 7))).toBe(true)

  const small = await get('/small', gzipped)
  expect(small.headers['content-encoding']).toBeUndefined()
  expect(small.headers['content-length']).toBe('5')
  expect(small.body.toString()).toBe('liten')
})

test('Accept-Encoding is read with its weights; only responses every visitor gets are kept', () => {
  expect(acceptsGzip('gzip')).toBe(true)
  expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true)
  expect(acceptsGzip('*')).toBe(true)
  expect(acceptsGzip('gzip;q=0')).toBe(false)
  expect(acceptsGzip('identity, br')).toBe(false)
  expect(acceptsGzip(undefined)).toBe(false)

  expect(sharedCacheable('s-maxage=3600, stale-while-revalidate=86400')).toBe(true)
  expect(sharedCacheable('public, max-age=31536000, immutable')).toBe(true)
  expect(sharedCacheable('private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false)
  expect(sharedCacheable('public, no-store')).toBe(false)
  expect(sharedCacheable(undefined)).toBe(false)
})
