// Checks requests against the webhook's secret: server code only, never in a client bundle.
import 'server-only'

import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Checks the `sanity-webhook-signature` header Sanity puts on a webhook request:
 * `t=<unix time in ms>,v1=<base64url HMAC-SHA256 of "<t>.<raw body>" under the webhook's secret>`.
 *
 * Written here rather than taken from @sanity/webhook (STACK.md, pitfall 9): its comparison is a plain
 * string `!==`, which leaks through timing how much of a guess was right, and it accepts a signature of
 * any age, so a captured request could be sent again at any later time.
 */
export const signatureHeader = 'sanity-webhook-signature'

/** How far a signature's time may be from ours, either way (clock skew and delivery delay). */
export const signatureToleranceMs = 5 * 60 * 1000

export type SignatureCheck =
  /** `signature`: the bytes the header's base64 decodes to, whichever of its spellings was sent. */
  | { valid: true; signature: Uint8Array; timestamp: number }
  | { valid: false; reason: 'missing' | 'malformed' | 'mismatch' | 'stale' }

// 13 digits: milliseconds since 1970 until the year 2286. 43 characters: 32 bytes in unpadded base64url.
const headerPattern = /^t=(\d{13})[, ]+v1=([A-Za-z0-9_-]{43})$/

export function verifySignature({
  header,
  body,
  secret,
  now = Date.now(),
}: {
  header: string | null
  /** The body exactly as received: the signature covers its bytes, not a re-serialised JSON value. */
  body: Uint8Array
  secret: string
  now?: number
}): SignatureCheck {
  if (!header) return { valid: false, reason: 'missing' }
  const match = headerPattern.exec(header.trim())
  if (!match) return { valid: false, reason: 'malformed' }
  const [, time = '', signature = ''] = match

  const expected = createHmac('sha256', secret).update(`${time}.`).update(body).digest()
  const received = Buffer.from(signature, 'base64url')
  // timingSafeEqual needs equal lengths; the pattern admits only 32-byte values, this is the last guard.
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { valid: false, reason: 'mismatch' }
  }
  // Checked after the signature, so that only a genuine (if old) request learns it was too old.
  const timestamp = Number(time)
  if (Math.abs(now - timestamp) > signatureToleranceMs) return { valid: false, reason: 'stale' }
  return { valid: true, signature: received, timestamp }
}
