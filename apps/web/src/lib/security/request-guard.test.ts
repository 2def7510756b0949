import { refusal } from './request-guard.mjs'

test('TRACE, TRACK and CONNECT are refused with 405 on any path, whatever their case', () => {
  for (const method of ['TRACE', 'TRACK', 'CONNECT', 'trace']) {
    expect(refusal(method, '/')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, POST' } })
    expect(refusal(method, '/api/revalidate')?.status).toBe(405)
  }
})

test('a request target that is not a path (asterisk or absolute form) is refused with 400', () => {
  expect(refusal('OPTIONS', '*')?.status).toBe(400)
  expect(refusal('GET', '*')?.status).toBe(400)
  expect(refusal('GET', 'http://evil.example/')?.status).toBe(400)
  expect(refusal('GET', 'evil.example:443')?.status).toBe(400)
})

test("only GET and HEAD reach the build's files", () => {
  const file = '/_next/static/chunks/09cfbo5r9qd17.js'
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'FOO']) {
    expect(refusal(method, file)).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } })
  }
  expect(refusal('GET', file)).toBeNull()
  expect(refusal('HEAD', file)).toBeNull()
})

test('every other request goes to Next.js: any path, any other method, made-up ones too', () => {
  for (const [method, target] of [
    ['GET', '/'],
    ['POST', '/api/revalidate'],
    ['DELETE', '/talare/jan-bohman'],
    ['OPTIONS', '/sok?q=kommun'],
    ['BREW', '/'],
    ['GET', '/talare/%ff'],
  ] as const) {
    expect(refusal(method, target)).toBeNull()
  }
  // Node's parser always gives both; the defaults only serve the types.
  expect(refusal(undefined, undefined)).toBeNull()
})
