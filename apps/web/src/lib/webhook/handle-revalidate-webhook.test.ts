/** @jest-environment node */
import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { bundledDatasetPath, parseNdjson, type SanityDocument } from '@bergslaget/content/dataset'
import { bioEditExample, webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import { handleRevalidateWebhook, maxBodyBytes } from './handle-revalidate-webhook'
import { createReplayGuard } from './replay-guard'
import { signatureToleranceMs } from './verify-signature'

const secret = 'the-webhook-secret-for-tests'

/** What Sanity sends when Göran Nyström's bio is edited: the real projection over the bundled dataset. */
let bioEdit: string
beforeAll(async () => {
  const dataset = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  const before = dataset.find((doc) => doc._id === bioEditExample.speakerId) as SanityDocument
  const after = bioEditExample.withBio(before, 'Ny bio.')
  const edited = dataset.map((doc) => (doc === before ? after : doc))
  bioEdit = JSON.stringify(await webhookPayload({ dataset: edited, before, after }))
})

let revalidated: string[]
let handle: (request: Request) => Promise<Response>
beforeEach(() => {
  revalidated = []
  const replayGuard = createReplayGuard()
  handle = (request) =>
    handleRevalidateWebhook(request, { secret, replayGuard, revalidate: (tag) => void revalidated.push(tag) })
})

async function post(body: string | Uint8Array<ArrayBuffer>, signature: string | null) {
  const request = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      ...(signature && { 'sanity-webhook-signature': signature }),
    },
  })
  const response = await handle(request)
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const sign = (body: string, at = Date.now(), key = secret) => encodeSignatureHeader(body, at, key)

test("a valid signature revalidates the tags of the speaker's page and of the pages that show them", async () => {
  const { status, json } = await post(bioEdit, await sign(bioEdit))
  expect({ status, json }).toEqual({ status: 200, json: { revalidated: true, tags: bioEditExample.tags } })
  expect(revalidated).toEqual(bioEditExample.tags)
})

test.each([
  ['missing', async () => null, 'Invalid signature.'],
  ['malformed', async () => 't=yesterday,v1=abc', 'Invalid signature.'],
  [
    'under another secret',
    () => sign(bioEdit, Date.now(), 'not-the-webhook-secret-at-all'),
    'Invalid signature.',
  ],
  ['of another body', () => sign(bioEdit.replace('goran-nystrom', 'jan-bohman')), 'Invalid signature.'],
  ['expired', () => sign(bioEdit, Date.now() - signatureToleranceMs - 1000), 'Signature expired.'],
  ['from the future', () => sign(bioEdit, Date.now() + signatureToleranceMs + 1000), 'Signature expired.'],
])('a %s signature is refused with 401 and revalidates nothing', async (_case, signature, message) => {
  expect(await post(bioEdit, await signature())).toEqual({ status: 401, json: { message } })
  expect(revalidated).toEqual([])
})

test('a replayed request is refused with 409, however soon and however its signature is spelt', async () => {
  const signature = await sign(bioEdit)
  expect((await post(bioEdit, signature)).status).toBe(200)
  revalidated = []
  const spellings = [signature, ...respellings(signature)]
  expect(spellings).toHaveLength(4)
  for (const spelling of spellings) {
    expect(await post(bioEdit, spelling)).toEqual({
      status: 409,
      json: { message: 'This signature was already used.' },
    })
  }
  expect(revalidated).toEqual([])
})

/**
 * The other spellings of a header's signature that decode to the same 32 bytes: 43 base64 characters
 * hold 258 bits, so the last character's two low bits are unused and any value of them is accepted.
 */
function respellings(header: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const last = alphabet.indexOf(header.slice(-1))
  return [0, 1, 2, 3]
    .map((lowBits) => header.slice(0, -1) + alphabet[(last & ~3) | lowBits])
    .filter((spelling) => spelling !== header)
}

test('an oversized body is refused with 413 before its signature is looked at, declared or not', async () => {
  const huge = JSON.stringify({ _id: 'x', _type: 'speaker', padding: 'x'.repeat(maxBodyBytes) })
  expect((await post(huge, await sign(huge))).status).toBe(413)
  const streamed = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8 * 1024).fill(0x20))
      controller.close()
    },
  })
  const request = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body: streamed,
    duplex: 'half',
  } as RequestInit)
  expect((await handle(request)).status).toBe(413)
  expect(revalidated).toEqual([])
})

test.each([
  ['not JSON', '{"_id": "speaker-a", ', 'Body is not JSON.'],
  ['not UTF-8', Uint8Array.from([0x7b, 0xff, 0x7d]), 'Body is not JSON.'],
  [
    'JSON of another shape',
    '{"_id": 42, "referencedBy": "all"}',
    'Body does not match the webhook projection (_type, _id, referencedBy).',
  ],
  ['empty', '', 'Body is not JSON.'],
])('a signed body that is %s is refused with 400', async (_case, body, message) => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  // Signed by hand: Sanity's toolkit refuses to sign an empty body.
  const at = Date.now()
  const signature = createHmac('sha256', secret).update(`${at}.`).update(bytes).digest('base64url')
  expect(await post(bytes, `t=${at},v1=${signature}`)).toEqual({ status: 400, json: { message } })
  expect(revalidated).toEqual([])
})

test('without a configured secret the endpoint answers 503 and does nothing', async () => {
  const response = await handleRevalidateWebhook(
    new Request('http://localhost/api/revalidate', { method: 'POST', body: bioEdit }),
    { secret: null, replayGuard: createReplayGuard(), revalidate: (tag) => void revalidated.push(tag) },
  )
  expect(response.status).toBe(503)
  expect(await response.json()).toEqual({
    message: 'Revalidation is not configured (no SANITY_REVALIDATE_SECRET).',
  })
  expect(revalidated).toEqual([])
})

test('an unexpected failure answers 503 without details, and the retry of the same request goes through', async () => {
  const replayGuard = createReplayGuard()
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const signature = await sign(bioEdit)
  const request = () =>
    new Request('http://localhost/api/revalidate', {
      method: 'POST',
      body: bioEdit,
      headers: { 'sanity-webhook-signature': signature },
    })
  const failing = await handleRevalidateWebhook(request(), {
    secret,
    replayGuard,
    revalidate: () => {
      throw new Error('cache handler down at /srv/secret/path')
    },
  })
  expect(failing.status).toBe(503)
  expect(await failing.text()).toBe('{"message":"Revalidation failed; try again."}')
  expect(errors).toHaveBeenCalledTimes(1)
  errors.mockRestore()

  const retry = await handleRevalidateWebhook(request(), {
    secret,
    replayGuard,
    revalidate: (tag) => void revalidated.push(tag),
  })
  expect(retry.status).toBe(200)
  expect(revalidated).toContain('speaker:goran-nystrom')
})
