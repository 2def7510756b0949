import { createReplayGuard } from './replay-guard'

test('a signature is refused while it could still pass the freshness check, and forgotten after', () => {
  const guard = createReplayGuard(1000)
  expect(guard.claim('sig', 10_000, 10_000)).toBe(true)
  expect(guard.claim('sig', 10_000, 10_999)).toBe(false)
  expect(guard.claim('other', 10_000, 10_999)).toBe(true)
  // By now the signature would be refused as stale, so remembering it further would only cost memory.
  expect(guard.claim('sig', 10_000, 11_001)).toBe(true)
})

test('a released signature may be claimed again', () => {
  const guard = createReplayGuard(1000)
  expect(guard.claim('sig', 0, 0)).toBe(true)
  guard.release('sig')
  expect(guard.claim('sig', 0, 0)).toBe(true)
})
