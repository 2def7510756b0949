// Part of the webhook's defence: server code only, never in a client bundle.
import 'server-only'

import { signatureToleranceMs } from './verify-signature'

/**
 * Remembers the signatures of the webhook requests already taken, for as long as they would pass the
 * freshness check, so a captured request cannot be sent again within that window either.
 *
 * Keyed on the signature's bytes, not on the header's text: base64 spells the same bytes in several
 * ways (the unused low bits of the last character), so a guard that compared text would let a replay
 * through with each other spelling.
 *
 * In memory, per server process: enough for one `next start`. Behind several instances (or serverless
 * functions) each keeps its own memory and a replay could reach another one; a shared store (Redis, a
 * KV) would close that. A replay can only repeat a revalidation that already happened, so the harm is
 * extra rendering, not wrong content.
 */
export interface ReplayGuard {
  /** True the first time a signature is seen (and it is remembered); false for a repeat. */
  claim(signature: Uint8Array, timestamp: number, now?: number): boolean
  /** Forgets a signature whose request could not be carried out, so Sanity's retry is let through. */
  release(signature: Uint8Array): void
}

export function createReplayGuard(windowMs = signatureToleranceMs): ReplayGuard {
  const seen = new Map<string, number>()
  const key = (signature: Uint8Array) => Buffer.from(signature).toString('hex')
  return {
    claim(signature, timestamp, now = Date.now()) {
      for (const [known, expiresAt] of seen) if (expiresAt < now) seen.delete(known)
      if (seen.has(key(signature))) return false
      seen.set(key(signature), timestamp + windowMs)
      return true
    },
    release(signature) {
      seen.delete(key(signature))
    },
  }
}
