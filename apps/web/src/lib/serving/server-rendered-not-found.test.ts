/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { rawRequest } from '@/testing/raw-request'

import { withServerRenderedNotFound } from './server-rendered-not-found.mjs'

// Next.js's answers, as its request handler writes them to a real HTTP response: the empty document it
// sends for a page that called notFound() (its 404 headers set on the way), its `/_not-found` route's
// whole page, a page, and the RSC answer of a client's navigation to a missing page.
const emptyDocument =
  '<!DOCTYPE html><html id="__next_error__"><head><title>Sidan finns inte</title></head><body><script src="/a.js"></script></body></html>'
const notFoundPage =
  '<!DOCTYPE html><html lang="sv"><body><main><h1>Sidan finns inte</h1></main></body></html>'
const page = '<!DOCTYPE html><html lang="sv"><body><h1>Talare</h1></body></html>'

const html = (response: ServerResponse, status: number) => {
  response.statusCode = status
  response.setHeader('content-type', 'text/html; charset=utf-8')
}

/** Each path Next answered, as it saw it: a second answer to one request shows as two entries. */
const answered: string[] = []

function next(request: IncomingMessage, response: ServerResponse) {
  const path = request.url ?? ''
  answered.push(path)
  if (path === '/_not-found') {
    html(response, 404)
    response.setHeader('cache-control', 's-maxage=31536000')
    return response.end(notFoundPage)
  }
  if (path === '/talare/finns-inte') {
    html(response, 404)
    response.setHeader('x-nextjs-cache-tags', 'speaker')
    // Streamed, as Next sends a page it renders on request.
    response.flushHeaders()
    response.write(emptyDocument.slice(0, 20))
    return response.end(Buffer.from(emptyDocument.slice(20)))
  }
  if (path === '/talare/finns-inte.rsc') {
    response.statusCode = 404
    response.setHeader('content-type', 'text/x-component')
    return response.end(emptyDocument)
  }
  if (path === '/plain-404') {
    html(response, 404)
    return response.end(notFoundPage.replace('Sidan', 'Denna sida'))
  }
  html(response, 200)
  response.end(page)
}

const server = createServer((request, response) => {
  // As server.mjs sets the security headers before Next answers.
  response.setHeader('x-content-type-options', 'nosniff')
  void withServerRenderedNotFound(next)(request, response)
})
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  answered.length = 0
})

const get = (path: string, method = 'GET') =>
  rawRequest(new URL(path, `http://127.0.0.1:${port}`), {}, method)

test('an empty 404 document is answered again as the whole 404 page, with only its own headers and those set before', async () => {
  const answer = await get('/talare/finns-inte')
  expect(answer.status).toBe(404)
  expect(answer.body.toString()).toBe(notFoundPage)
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['cache-control']).toBe('s-maxage=31536000')
  expect(answer.headers['x-nextjs-cache-tags']).toBeUndefined()
  expect(answered).toEqual(['/talare/finns-inte', '/_not-found'])
})

test('a whole 404 page, a page, a navigation and a HEAD request go out as Next.js wrote them', async () => {
  const plain = await get('/plain-404')
  expect([plain.status, plain.body.toString()]).toEqual([404, notFoundPage.replace('Sidan', 'Denna sida')])
  const found = await get('/talare')
  expect([found.status, found.body.toString()]).toEqual([200, page])
  const navigation = await get('/talare/finns-inte.rsc')
  expect([navigation.status, navigation.body.toString()]).toEqual([404, emptyDocument])
  const head = await get('/talare/finns-inte', 'HEAD')
  expect([head.status, head.body.length]).toEqual([404, 0])
  expect(answered).toEqual(['/plain-404', '/talare', '/talare/finns-inte.rsc', '/talare/finns-inte'])
})
