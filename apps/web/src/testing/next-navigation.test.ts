/** @jest-environment node */
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { expectNotFound, expectRedirect } from './next-navigation'

// The page tests' 404 and redirect checks stand on these two helpers: they must fail for the wrong
// answer, not only pass for the right one, and a Next upgrade that changes what is thrown shows here.

test('expectNotFound passes for notFound() only, and fails with any other error', async () => {
  await expectNotFound(() => notFound())
  await expectNotFound(Promise.reject(errorOf(() => notFound())))

  const redirecting = errorOf(() => redirect('/talare'))
  await expect(expectNotFound(Promise.reject(redirecting))).rejects.toBe(redirecting)
  const failing = new Error('upstream 503')
  await expect(expectNotFound(Promise.reject(failing))).rejects.toBe(failing)
  await expect(expectNotFound(Promise.resolve('a page'))).rejects.toThrow('the call returned')
})

test('expectRedirect tells redirect() from permanentRedirect() and checks the address', async () => {
  await expectRedirect(() => redirect('/talare'), { to: '/talare', permanent: false })
  await expectRedirect(() => permanentRedirect('/talare/ny'), { to: '/talare/ny', permanent: true })

  await expect(
    expectRedirect(() => redirect('/talare'), { to: '/talare', permanent: true }),
  ).rejects.toThrow()
  const moved = () => permanentRedirect('/talare/ny')
  await expect(expectRedirect(moved, { to: '/talare/gammal', permanent: true })).rejects.toThrow()
  const missing = errorOf(() => notFound())
  await expect(expectRedirect(Promise.reject(missing), { to: '/', permanent: false })).rejects.toBe(missing)
})

function errorOf(call: () => unknown): unknown {
  try {
    call()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}
