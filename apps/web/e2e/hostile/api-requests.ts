import { createHmac } from 'node:crypto'

import { destinationNames, marker, offSiteForms, offSiteHostHeaders, query } from './hostile-values'
import type { RawRequest } from './raw-http'

type HeaderList = [string, string][]

const revalidate = '/api/revalidate'
const enable = '/api/draft-mode/enable'
const disable = '/api/draft-mode/disable'
const megabytes = (size: number) => Buffer.alloc(size * 1024 * 1024, 'a')
const json = (body: unknown) => JSON.stringify(body)
const jsonType = 'application/json'
const formType = 'application/x-www-form-urlencoded'
const multipartType = 'multipart/form-data; boundary=hostile'
const withHeader = (headers: HeaderList, name: string, value: string): HeaderList => [
  ...headers,
  [name, value],
]
const asJson = withHeader([], 'Content-Type', jsonType)

/** Sanity's signature header over `body` (see src/lib/webhook/verify-signature.ts), at `time`. */
function signature(secret: string, body: string | Uint8Array, time = Date.now()): string {
  const mac = createHmac('sha256', secret).update(`${time}.`).update(body).digest('base64url')
  return `t=${time},v1=${mac}`
}

/** `size` bytes of body in 64 KB chunks, as a sender that does not say the length up front sends it. */
function chunked(size: number): Buffer {
  const chunk = Buffer.alloc(64 * 1024, 'a')
  const head = Buffer.from(`${chunk.length.toString(16)}\r\n`)
  const parts = Array.from({ length: Math.ceil(size / chunk.length) }, () => [
    head,
    chunk,
    Buffer.from('\r\n'),
  ])
  return Buffer.concat([...parts.flat(), Buffer.from('0\r\n\r\n')])
}

/**
 * The webhook refuses what Sanity would not send: no, a forged, a malformed, an old or a future
 * signature; a body over its limit, said or streamed; and, with a valid signature, a body that is no
 * JSON, no UTF-8, nested past any parser's patience, or not the projection, in whatever content type,
 * or sent a second time.
 */
export function revalidateRequests(secret: string): RawRequest[] {
  const post = (body: string | Uint8Array, headers: HeaderList): RawRequest => ({
    method: 'POST',
    target: revalidate,
    headers,
    body,
  })
  const signed = (body: string | Uint8Array, headers: HeaderList = asJson, time = Date.now()) =>
    post(body, [...headers, ['Sanity-Webhook-Signature', signature(secret, body, time)]])
  // Without the marker: signed, this is a webhook Sanity could send, and its answer lists the cache tags
  // it refreshed, which name the document. The marker goes in the bodies the route must refuse.
  const projection = json({ _id: 'speaker-hostile', _type: 'speaker', slug: 'hostile' })
  const tooOld = Date.now() - 60 * 60 * 1000
  const tooNew = Date.now() + 24 * 60 * 60 * 1000

  return [
    post(projection, asJson),
    ...[
      signature('not-the-secret', projection),
      signature(secret, projection, tooOld),
      signature(secret, projection, tooNew),
      't=',
      'v1=',
      `t=abc,v1=${'A'.repeat(43)}`,
      `t=${Date.now()},v1=${'A'.repeat(10_000)}`,
      `t=${'9'.repeat(400)},v1=${'A'.repeat(43)}`,
      marker,
    ].map((header) => post(projection, withHeader(asJson, 'Sanity-Webhook-Signature', header))),
    post(projection, [
      ...asJson,
      ['Sanity-Webhook-Signature', signature(secret, projection)],
      ['Sanity-Webhook-Signature', signature('not-the-secret', projection)],
    ]),
    ...[
      '',
      '{"_id":',
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      'null',
      '[]',
      json(marker),
      '1e999',
      json({ [marker]: marker }),
    ].map((body) => signed(body)),
    // Each at its own time, so that no two carry the same signature, which the replay guard refuses.
    ...(
      [
        [['Content-Type', 'text/plain']],
        [['Content-Type', formType]],
        [['Content-Type', multipartType]],
        [['Content-Type', marker]],
        [],
      ] satisfies HeaderList[]
    ).map((headers, index) => signed(projection, headers, Date.now() - index)),
    // The same signature twice: the second is a replay.
    ...Array.from({ length: 2 }, () => signed(projection, asJson, Date.now() - 10)),
    signed(megabytes(1)),
    signed(megabytes(10)),
    post('{}', withHeader(asJson, 'Content-Length', String(10 * 1024 * 1024))),
    post(chunked(1024 * 1024), withHeader(asJson, 'Transfer-Encoding', 'chunked')),
  ]
}

/**
 * The draft-mode routes, asked to send the visitor elsewhere: the enable route with and without a
 * valid secret, each off-site form as the page to open and the marker in every parameter it reads; the
 * disable route by GET and by POST, cross-site and same-site, with each off-site form in the query, the
 * form body and the Referer, and with bodies it has no use for.
 */
export function draftModeRequests(origin: string, previewSecret: string): RawRequest[] {
  const preview = (params: string) => `${enable}?sanity-preview-secret=${previewSecret}&${params}`
  const sameSite: HeaderList = [
    ['Origin', origin],
    ['Sec-Fetch-Site', 'same-origin'],
  ]
  const crossSite: HeaderList[] = [
    [['Origin', 'http://evil.example']],
    [['Origin', 'null']],
    [['Sec-Fetch-Site', 'cross-site']],
  ]
  const referers = [
    'https://evil.example/x',
    `${origin}//evil.example`,
    `${origin}/\\evil.example`,
    '//evil.example',
  ]
  const disableNames = [...destinationNames, 'pathname', 'sanity-preview-pathname']

  const enableRequests: RawRequest[] = [
    enable,
    `${enable}?sanity-preview-secret=`,
    `${enable}?sanity-preview-secret=guessed&sanity-preview-pathname=%2F%2Fevil.example`,
    `${enable}?sanity-preview-secret=${encodeURIComponent(marker)}`,
    ...[...offSiteForms, marker, `/${'a'.repeat(10 * 1024)}`].map((form) =>
      preview(query(['sanity-preview-pathname'], form)),
    ),
    preview(
      `sanity-preview-pathname=%2Ftalare&sanity-preview-pathname=${encodeURIComponent('//evil.example')}`,
    ),
    preview(query(['sanity-preview-perspective'], `${marker}\r\nSet-Cookie: hostile=1`)),
    preview(query(['sanity-preview-variant', 'x-vercel-protection-bypass'], marker)),
  ].map((target) => ({ method: 'GET', target }))

  const disableRequests = ['GET', 'POST'].flatMap((method): RawRequest[] => [
    { method, target: disable },
    ...[sameSite, ...crossSite, ...offSiteHostHeaders].map((headers) => ({
      method,
      target: disable,
      headers,
    })),
    ...referers.map((referer) => ({
      method,
      target: disable,
      headers: withHeader(sameSite, 'Referer', referer),
    })),
    ...offSiteForms.map((form) => ({
      method,
      target: `${disable}?${query(disableNames, form)}`,
      headers: sameSite,
    })),
  ])
  const disableBodies = (
    [
      ...offSiteForms.map((form) => [formType, query(disableNames, form)] as const),
      [jsonType, '{"redirect":'],
      [formType, megabytes(10)],
      [multipartType, '--hostile\r\nContent-Disposition: form-data; name="'],
    ] as const
  ).map(([type, body]) => ({
    method: 'POST',
    target: disable,
    headers: withHeader(sameSite, 'Content-Type', type),
    body,
  }))
  const enableBodies = [json({ redirect: '//evil.example' }), megabytes(10)].map((body) => ({
    method: 'POST',
    target: enable,
    headers: asJson,
    body,
  }))

  return [...enableRequests, ...disableRequests, ...disableBodies, ...enableBodies]
}
