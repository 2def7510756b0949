import { request, type IncomingHttpHeaders } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

export interface RawAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/**
 * One request and its answer as the server sent it: node:http rather than fetch, which decompresses on
 * its own and hides what the server sent.
 */
export function rawRequest(
  url: URL,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers, method }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    sent.on('error', reject)
    sent.end()
  })
}

/** A browser's Accept-Encoding (Chromium's, on HTTPS and on localhost). */
export const browserEncodings = { 'accept-encoding': 'gzip, deflate, br, zstd' }

/** The body as the client reads it, decoded by its Content-Encoding (brotli, gzip or none). */
export function decodedBody({ headers, body }: RawAnswer): string {
  const encoding = headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(body).toString()
  if (encoding === 'gzip') return gunzipSync(body).toString()
  if (encoding === undefined) return body.toString()
  throw new Error(`Unexpected Content-Encoding ${encoding}`)
}
