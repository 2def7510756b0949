// What `node bench/variants.mjs` takes out of a page's HTML, one part at a time, and the proxy that serves
// those variants beside the page itself. Issue 12 asks where a page's LCP goes beyond a bare Next.js
// page's; three sessions rebuilt this by hand before it was kept here. Plain ESM.
import { createServer, request } from 'node:http'
import { gzipSync } from 'node:zlib'

/**
 * A variant that removes what `pattern` matches, and fails loudly if it matches nothing: a variant
 * identical to the page would read as "this part costs nothing".
 *
 * @param {RegExp} pattern
 * @param {string} [replacement]
 * @returns {(html: string) => string}
 */
const without =
  (pattern, replacement = '') =>
  (html) => {
    const changed = html.replace(pattern, replacement)
    if (changed === html) throw new Error(`the page's HTML has nothing that matches ${pattern}`)
    return changed
  }

/**
 * The page with one part removed, by name. The site header and footer are matched by their class, the
 * rest by what Next.js writes: the RSC payload's inline scripts, the inlined stylesheet.
 *
 * @type {Record<string, (html: string) => string>}
 */
export const pageVariants = {
  'no-payload': without(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g),
  'no-css': without(/<style[\s\S]*?<\/style>/g),
  'no-header': without(/<header class="site-header">[\s\S]*?<\/header>/),
  'no-footer': without(/<footer class="site-footer">[\s\S]*?<\/footer>/),
  'no-json-ld': without(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g),
  // Everything in <main> after its first heading (the parser closes what the cut leaves open).
  'heading-only': without(/(<\/h1>)[\s\S]*?(<\/main>)/, '$1$2'),
}

/**
 * Serves each of `documents` at /variant/<name> as the site serves its pages (gzip when asked for),
 * and passes every other request (scripts, icons, share images) on to the site at `siteUrl`.
 *
 * @param {string} siteUrl
 * @param {Record<string, string>} documents
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>}
 */
export function serveVariants(siteUrl, documents) {
  const site = new URL(siteUrl)
  const server = createServer((req, res) => {
    const name = /^\/variant\/([\w-]+)$/.exec(req.url ?? '')?.[1]
    const document = name === undefined ? undefined : documents[name]
    if (document !== undefined) {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(gzip && { 'content-encoding': 'gzip' }),
      })
      res.end(gzip ? gzipSync(document) : document)
      return
    }
    const forwarded = request(
      {
        host: site.hostname,
        port: site.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: site.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forwarded.on('error', () => res.destroy())
    req.pipe(forwarded)
  })
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address()
      resolve({
        baseUrl: `http://localhost:${typeof address === 'object' && address ? address.port : 0}`,
        stop: () => new Promise((closed) => server.close(() => closed(undefined))),
      })
    }),
  )
}
