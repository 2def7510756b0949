/** @jest-environment node */
import { encodeSignatureHeader } from '@sanity/webhook'
import { revalidateTag } from 'next/cache'

import type * as Route from './route'

// Next.js's cache is the one thing replaced: outside a running server revalidateTag has no store to mark.
jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }))

const secret = 'the-route-test-secret'
const body = JSON.stringify({
  _id: 'speaker-a',
  _type: 'speaker',
  slug: 'a',
  referencedBy: [],
  references: [],
})

/** The route module as loaded with the environment given (server-env reads it on import). */
async function loadRoute(secretFromEnv: string | undefined) {
  const saved = process.env.SANITY_REVALIDATE_SECRET
  if (secretFromEnv === undefined) delete process.env.SANITY_REVALIDATE_SECRET
  else process.env.SANITY_REVALIDATE_SECRET = secretFromEnv
  try {
    let route: typeof Route | undefined
    await jest.isolateModulesAsync(async () => {
      route = await import('./route')
    })
    return route as typeof Route
  } finally {
    if (saved === undefined) delete process.env.SANITY_REVALIDATE_SECRET
    else process.env.SANITY_REVALIDATE_SECRET = saved
  }
}

const request = (signature?: string) =>
  new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: signature ? { 'sanity-webhook-signature': signature } : {},
  })

afterEach(() => {
  jest.mocked(revalidateTag).mockClear()
  jest.useRealTimers()
})

test('with the secret set, a signed change expires its tags at once, after the Content Lake has settled', async () => {
  const { POST } = await loadRoute(secret)
  jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] })
  const pending = POST(request(await encodeSignatureHeader(body, Date.now(), secret)))
  await jest.advanceTimersByTimeAsync(2_900)
  expect(revalidateTag).not.toHaveBeenCalled()
  await jest.advanceTimersByTimeAsync(200)
  const response = await pending
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ revalidated: true, tags: ['list:speaker', 'speaker:a'] })
  expect(jest.mocked(revalidateTag).mock.calls).toEqual([
    ['list:speaker', { expire: 0 }],
    ['speaker:a', { expire: 0 }],
  ])
})

test('an unsigned request is refused by the route as deployed', async () => {
  const { POST } = await loadRoute(secret)
  expect((await POST(request())).status).toBe(401)
  expect(revalidateTag).not.toHaveBeenCalled()
})

test('without SANITY_REVALIDATE_SECRET (the bundled dataset) the route answers 503', async () => {
  const { POST } = await loadRoute(undefined)
  const response = await POST(request(await encodeSignatureHeader(body, Date.now(), secret)))
  expect(response.status).toBe(503)
  expect(revalidateTag).not.toHaveBeenCalled()
})
