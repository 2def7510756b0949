/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { rawRequest } from '@/testing/raw-request'

import { capSharedMaxAge, withSharedCacheLifetime } from './shared-cache-lifetime.mjs'

describe('capSharedMaxAge', () => {
  it.each([
    ['s-maxage=31536000', 's-maxage=60, stale-while-revalidate=31535940'],
    ['s-maxage=3600, stale-while-revalidate=31532400', 's-maxage=60, stale-while-revalidate=31535940'],
    ['public, S-Maxage=120', 'public, s-maxage=60, stale-while-revalidate=60'],
  ])('takes %p down to a minute fresh, as long in all', (value, capped) => {
    expect(capSharedMaxAge(value, 60)).toBe(capped)
  })

  it.each([
    's-maxage=60, stale-while-revalidate=86400',
    's-maxage=10',
    'private, no-cache, no-store, max-age=0, must-revalidate',
    'public, max-age=31536000, immutable',
    'no-store',
  ])('leaves %p as it is', (value) => {
    expect(capSharedMaxAge(value, 60)).toBe(value)
  })
})

// Next.js's ways of setting the header, as its request handler uses them on a real HTTP response.
function next(request: IncomingMessage, response: ServerResponse) {
  response.setHeader('content-type', 'text/html; charset=utf-8')
  if (request.url === '/prerendered') {
    response.setHeader('Cache-Control', 's-maxage=31536000')
    return response.end('<h1>Talare</h1>')
  }
  if (request.url === '/hourly')
    return response
      .writeHead(200, { 'cache-control': 's-maxage=3600, stale-while-revalidate=31532400' })
      .end('<h1>Evenemang</h1>')
  response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  response.end('<h1>Sök</h1>')
}

const server = createServer((request, response) => {
  // As server.mjs sets the security headers before Next answers.
  response.setHeader('x-content-type-options', 'nosniff')
  void withSharedCacheLifetime(next, 60)(request, response)
})
let origin = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

test('what a shared cache may keep goes out a minute fresh, whichever way Next.js set it; the rest as it was', async () => {
  const answers = await Promise.all(
    ['/prerendered', '/hourly', '/search'].map((path) => rawRequest(new URL(path, origin))),
  )
  expect(
    answers.map(({ status, headers, body }) => [status, headers['cache-control'], String(body)]),
  ).toEqual([
    [200, 's-maxage=60, stale-while-revalidate=31535940', '<h1>Talare</h1>'],
    [200, 's-maxage=60, stale-while-revalidate=31535940', '<h1>Evenemang</h1>'],
    [200, 'private, no-cache, no-store, max-age=0, must-revalidate', '<h1>Sök</h1>'],
  ])
})
