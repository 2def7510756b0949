/** @jest-environment node */
import { createRequestScope } from '@/testing/next-request-scope'

import * as route from './route'

const mockScope = createRequestScope()
jest.mock('next/headers', () => ({ draftMode: async () => mockScope.draft }))

// As `next start` passes a request on: the URL names the server's own port, the host is the browser's.
const url = 'http://localhost:3000/api/draft-mode/disable'
const fromTheSite = {
  host: 'bergslaget.se',
  origin: 'https://bergslaget.se',
  'content-type': 'application/x-www-form-urlencoded',
}

/** The banner's form as a browser posts it, from a page of the site unless `headers` say otherwise. */
function leave(fields: Record<string, string>, headers: Record<string, string> = fromTheSite) {
  return route.POST(
    new Request(url, { method: 'POST', headers, body: new URLSearchParams(fields).toString() }),
  )
}

beforeEach(() => mockScope.draft.enable())

test("the banner's form turns draft mode off and goes back (303) to the editor's page", async () => {
  const response = await leave({ returnTo: '/talare/anna-svensson' })
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe('/talare/anna-svensson')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(mockScope.draft.isEnabled).toBe(false)
})

test.each([
  ['no page', {}, '/'],
  ['an empty page', { returnTo: '' }, '/'],
  ['a page with a query', { returnTo: '/sok?q=kommun' }, '/sok?q=kommun'],
  [
    'a full URL elsewhere, of which only the path is kept',
    { returnTo: 'https://evil.example/nyheter' },
    '/nyheter',
  ],
  ['a path a browser would read as another host', { returnTo: '/.//evil.example/x' }, '/'],
  ['a backslash path', { returnTo: '/\\evil.example' }, '/'],
  ['a script URL', { returnTo: 'javascript:alert(1)' }, '/'],
  ['a URL that does not parse', { returnTo: 'http://[' }, '/'],
])('a form naming %s leaves preview for a page of the site', async (_case, fields, location) => {
  const response = await leave(fields)
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(location)
  expect(mockScope.draft.isEnabled).toBe(false)
})

test.each([
  ['a form on another site', { ...fromTheSite, origin: 'https://evil.example' }],
  ['a request that says nothing of where it comes from', { host: 'bergslaget.se' }],
])('%s is refused with 403 and preview stays on', async (_case, headers) => {
  const response = await leave({ returnTo: '/' }, headers)
  expect(response.status).toBe(403)
  expect(response.headers.get('location')).toBeNull()
  expect(await response.text()).toBe('Förhandsgranskningen kan bara lämnas med knappen på webbplatsen.')
  expect(mockScope.draft.isEnabled).toBe(true)
})

test('a body far larger than the form sends is refused with 413 and preview stays on', async () => {
  const response = await leave({ returnTo: `/${'x'.repeat(8 * 1024)}` })
  expect(response.status).toBe(413)
  expect(mockScope.draft.isEnabled).toBe(true)
})

// Next.js answers a method a route does not export with a bare 405, without the Allow header HTTP asks for.
test.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const)(
  '%s is answered 405, naming POST, and preview stays on',
  async (method) => {
    const response = await route[method]()
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(await response.text()).toBe('Lämna förhandsgranskningen med knappen på webbplatsen.')
    expect(mockScope.draft.isEnabled).toBe(true)
  },
)
