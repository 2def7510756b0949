/** @jest-environment node */
import { createReplayGuard } from './replay-guard'

const bytes = (text: string) => new TextEncoder().encode(text)

test('a signature is refused while it could still pass the freshness check, and forgotten after', () => {
  const guard = createReplayGuard(1000)
  expect(guard.claim(bytes('sig'), 10_000, 10_000)).toBe(true)
  // Another array holding the same bytes: what a differently spelt header decodes to.
  expect(guard.claim(bytes('sig'), 10_000, 10_999)).toBe(false)
  expect(guard.claim(bytes('other'), 10_000, 10_999)).toBe(true)
  // By now the signature would be refused as stale, so remembering it further would only cost memory.
  expect(guard.claim(bytes('sig'), 10_000, 11_001)).toBe(true)
})

test('a released signature may be claimed again', () => {
  const guard = createReplayGuard(1000)
  expect(guard.claim(bytes('sig'), 0, 0)).toBe(true)
  guard.release(bytes('sig'))
  expect(guard.claim(bytes('sig'), 0, 0)).toBe(true)
})
