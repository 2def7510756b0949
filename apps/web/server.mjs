#!/usr/bin/env node
// `npm start` serves the site with this file rather than `next start`: Next.js's own production server
// (the same request handler `next start` runs), with the requests that Next 16.4.6 answers with a 500
// before any code of the site runs refused first (src/lib/security/request-guard.mjs). The refusals
// carry the security headers every other response does, as the build wrote them for next.config.ts.
// Responses are compressed here, once per distinct body and encoding
// (src/lib/serving/compressed-responses.mjs), and the 404 of an address no document has is sent as the
// whole 404 page, where Next.js sends an empty document (src/lib/serving/server-rendered-not-found.mjs).
// Next's cache of pages is the site's own (cache-handler.mjs), installed here rather than in next.config.
// A CDN in front keeps a page a minute before it asks again (src/lib/serving/shared-cache-lifetime.mjs).
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { installPageCache } from './cache-handler.mjs'
import { refusal } from './src/lib/security/request-guard.mjs'
import { withCompressedResponses } from './src/lib/serving/compressed-responses.mjs'
import { CompressionCache } from './src/lib/serving/compression-cache.mjs'
import { withServerRenderedNotFound } from './src/lib/serving/server-rendered-not-found.mjs'
import { withSharedCacheLifetime } from './src/lib/serving/shared-cache-lifetime.mjs'

const dir = fileURLToPath(new URL('.', import.meta.url))
// Where `next start` listens: PORT (3000) on HOSTNAME, all interfaces without one.
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

/** @type {{ headers: { source: string, headers: { key: string, value: string }[] }[] }} */
const routesManifest = JSON.parse(readFileSync(join(dir, '.next', 'routes-manifest.json'), 'utf8'))
const everywhere = routesManifest.headers.find(({ source }) => source === '/:path*')?.headers ?? []

installPageCache()
const app = next({ dev: false, dir, hostname, port })
// 64 MB of compressed bodies: about 8,000 pages of the site in one encoding, well within what a small
// server has beside Next.js.
const handle = withSharedCacheLifetime(
  withCompressedResponses(
    withServerRenderedNotFound(app.getRequestHandler()),
    new CompressionCache(64 * 1024 * 1024),
  ),
  60,
)
await app.prepare()

const server = createServer((request, response) => {
  // Set before Next answers, as next.config.ts's headers would be: Next's own redirects of a path it
  // normalises (`/talare/`, `//x`, `/x/..`) go out without the headers it configures.
  for (const { key, value } of everywhere) response.setHeader(key, value)
  const refused = refusal(request.method, request.url)
  if (refused) response.writeHead(refused.status, refused.headers).end(refused.body)
  else void handle(request, response)
})

// A request Node's parser refuses (headers too large, a malformed request line) is answered by Node
// itself, bare; this answers it the same way with the headers every response carries.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return
  const [status, reason] =
    /** @type {{ code?: string }} */ (error).code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : [400, 'Bad Request']
  const headers = [...everywhere.map(({ key, value }) => `${key}: ${value}`), 'Connection: close']
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers.join('\r\n')}\r\nContent-Length: 0\r\n\r\n`)
})

server.listen(port, hostname, () => {
  console.log(`✓ Ready on http://${hostname ?? 'localhost'}:${port}`)
})
