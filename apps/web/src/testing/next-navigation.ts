import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import { getRedirectStatusCodeFromError, getURLFromRedirectError } from 'next/dist/client/components/redirect'
import { isRedirectError } from 'next/dist/client/components/redirect-error'

// notFound(), redirect() and permanentRedirect() throw an error that Next turns into the answer; Next
// exports no public way to read it, so the tests read it through Next's own internal predicates, here
// only: a Next upgrade that moves them touches this file.

/** A call, or the promise of one, expected to end in a navigation error. */
type Navigating = Promise<unknown> | (() => unknown)

/** The answer Next makes of a thrown redirect() (307) or permanentRedirect() (308), else undefined. */
export function redirectOf(error: unknown): { status: number; location: string } | undefined {
  if (!isRedirectError(error)) return undefined
  return { status: getRedirectStatusCodeFromError(error), location: getURLFromRedirectError(error) }
}

/** Fails unless the call ends in notFound(): Next's 404. */
export async function expectNotFound(call: Navigating): Promise<void> {
  const error = await thrownBy(call)
  // Any other error is thrown again, so that the test fails with it rather than with a comparison.
  if (!isHTTPAccessFallbackError(error)) throw error
  expect(getAccessFallbackHTTPStatus(error)).toBe(404)
}

/** Fails unless the call ends in redirect() (`permanent: false`, 307) or permanentRedirect() (308) to `to`. */
export async function expectRedirect(
  call: Navigating,
  { to, permanent }: { to: string; permanent: boolean },
) {
  const error = await thrownBy(call)
  const redirect = redirectOf(error)
  if (!redirect) throw error
  expect(redirect).toEqual({ status: permanent ? 308 : 307, location: to })
}

async function thrownBy(call: Navigating): Promise<unknown> {
  try {
    await (typeof call === 'function' ? call() : call)
  } catch (error) {
    return error
  }
  throw new Error('Expected a navigation error (notFound or redirect), but the call returned.')
}
