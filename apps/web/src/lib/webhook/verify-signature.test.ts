/** @jest-environment node */
import { createHmac } from 'node:crypto'

import { encodeSignatureHeader } from '@sanity/webhook'

import { signatureToleranceMs, verifySignature } from './verify-signature'

const secret = 'a-webhook-secret-of-some-length'
const body = JSON.stringify({ _id: 'speaker-a', _type: 'speaker', slug: 'a', text: 'Åsa – ö' })
const bytes = new TextEncoder().encode(body)
const now = Date.UTC(2026, 10, 26, 12, 0, 0)

test("a header made by Sanity's own toolkit is accepted", async () => {
  const header = await encodeSignatureHeader(body, now, secret)
  expect(verifySignature({ header, body: bytes, secret, now })).toEqual({
    valid: true,
    timestamp: now,
    signature: Buffer.from(header.split('v1=')[1] ?? '', 'base64url'),
  })
})

test('missing and malformed headers are told apart from a wrong signature', async () => {
  const header = await encodeSignatureHeader(body, now, secret)
  expect(verifySignature({ header: null, body: bytes, secret, now })).toEqual({
    valid: false,
    reason: 'missing',
  })
  for (const malformed of [
    '',
    'v1=abc',
    `t=${now}`,
    `t=${now / 1000},v1=${header.split('v1=')[1]}`,
    `${header}=`,
  ]) {
    expect(verifySignature({ header: malformed, body: bytes, secret, now })).toEqual({
      valid: false,
      reason: malformed ? 'malformed' : 'missing',
    })
  }
})

test('a signature under another secret, of another body or of another time does not match', async () => {
  const mismatch = { valid: false, reason: 'mismatch' }
  const other = await encodeSignatureHeader(body, now, 'another-secret-of-some-length')
  expect(verifySignature({ header: other, body: bytes, secret, now })).toEqual(mismatch)
  const tampered = new TextEncoder().encode(body.replace('speaker-a', 'speaker-b'))
  const header = await encodeSignatureHeader(body, now, secret)
  expect(verifySignature({ header, body: tampered, secret, now })).toEqual(mismatch)
  const retimed = header.replace(`t=${now}`, `t=${now + 1}`)
  expect(verifySignature({ header: retimed, body: bytes, secret, now })).toEqual(mismatch)
})

test('a genuine signature older or newer than five minutes is stale', async () => {
  for (const offset of [signatureToleranceMs + 1, -signatureToleranceMs - 1]) {
    const header = await encodeSignatureHeader(body, now - offset, secret)
    expect(verifySignature({ header, body: bytes, secret, now })).toEqual({ valid: false, reason: 'stale' })
  }
  const edge = await encodeSignatureHeader(body, now - signatureToleranceMs, secret)
  expect(verifySignature({ header: edge, body: bytes, secret, now }).valid).toBe(true)
})

test('the signature covers the raw bytes, so a body that is not valid UTF-8 is checked as sent', () => {
  const raw = Uint8Array.from([0x7b, 0xff, 0x7d])
  const signature = createHmac('sha256', secret).update(`${now}.`).update(raw).digest('base64url')
  expect(verifySignature({ header: `t=${now},v1=${signature}`, body: raw, secret, now }).valid).toBe(true)
})
