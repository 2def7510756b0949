/**
 * @jest-environment node
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { rawRequest } from '@/testing/raw-request'

import { type Body, bytesOf, holdBody } from './held-response.mjs'

/** Each held body as release got it, its chunks as they were written. */
const released: Body[] = []
/** Callbacks the answer's writes and end were given, in the order they were called. */
const callbacks: string[] = []

// Holds text, passes anything else; release sends the held body upper-cased.
const hold = (response: ServerResponse) => String(response.getHeader('content-type')).startsWith('text/')
const release = (response: ServerResponse) => (body: Body) => {
  released.push(body)
  if (bytesOf(body).toString() === 'fails') throw new Error('release failed')
  response.end(bytesOf(body).toString().toUpperCase())
}

const server = createServer((request, response) => {
  holdBody(response, hold, release(response))
  if (request.url === '/image') {
    response.writeHead(200, { 'content-type': 'image/png' })
    response.write('png')
    return response.end()
  }
  if (request.url === '/fails') {
    response.setHeader('content-type', 'text/plain')
    return response.end('fails')
  }
  response.writeHead(201, 'Skapad', ['content-type', 'text/plain', 'x-kind', 'array'])
  response.write('berg', () => callbacks.push('write'))
  response.write(new TextEncoder().encode('s'))
  response.end(Buffer.from('lagen'), () => callbacks.push('end'))
})
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const get = (path: string) => rawRequest(new URL(path, `http://127.0.0.1:${port}`))

test('a held body reaches release whole, with the status and headers writeHead gave, and the callbacks are called', async () => {
  released.length = 0
  callbacks.length = 0
  const answer = await get('/text')
  expect([answer.status, answer.headers['x-kind'], answer.body.toString()]).toEqual([
    201,
    'array',
    'BERGSLAGEN',
  ])
  expect(released).toEqual([['berg', Buffer.from('s'), Buffer.from('lagen')]])
  expect(callbacks).toEqual(['write', 'end'])
})

test('a body not held goes out as it is written; a release that fails ends the connection', async () => {
  released.length = 0
  const image = await get('/image')
  expect([image.status, image.body.toString()]).toEqual([200, 'png'])
  expect(released).toEqual([])
  await expect(get('/fails')).rejects.toThrow(/socket hang up/)
})
