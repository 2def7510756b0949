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

const withoutPayload = without(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)

/**
 * A part of the page's HTML, taken out together with the RSC payload: with the payload, hydration puts
 * the part back once the scripts have run and Lighthouse takes that late paint for the LCP (the report
 * without its CSS: 3.6 × the bare page's, its first paint 1.5 ×). Without the payload the page is
 * never hydrated, and the payload alone measured within the noise of the page (stop 29's note).
 *
 * @param {RegExp} pattern
 * @param {string} [replacement]
 */
const withoutPart = (pattern, replacement) => {
  const remove = without(pattern, replacement)
  return (/** @type {string} */ html) => remove(withoutPayload(html))
}

/**
 * The page with one part removed, by name; compare each with `no-payload`, the page without its RSC
 * payload only. The site header and footer are matched by their class, the rest by what Next.js writes.
 *
 * @type {Record<string, (html: string) => string>}
 */
export const pageVariants = {
  'no-payload': withoutPayload,
  'no-css': withoutPart(/<style[\s\S]*?<\/style>/g),
  'no-header': withoutPart(/<header class="site-header">[\s\S]*?<\/header>/),
  'no-footer': withoutPart(/<footer class="site-footer">[\s\S]*?<\/footer>/),
  'no-json-ld': withoutPart(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g),
  // Everything in <main> after its first heading (the parser closes what the cut leaves open).
  'heading-only': withoutPart(/(<\/h1>)[\s\S]*?(<\/main>)/, '$1$2'),
  // Parts of the head that keep Chromium's first parser slice from reaching <main> (stop 32's trace),
  // the page otherwise whole: without the inline-script policy's meta, and with the stylesheet moved to
  // the end of <main> (unstyled until then: a lower bound for a head with only the first screen's rules).
  'no-policy-meta': without(/<meta http-equiv="Content-Security-Policy"[^>]*>/),
  'css-after-main': without(/(<style[\s\S]*?<\/style>)([\s\S]*?)(<\/main>)/, '$2$1$3'),
  // The page without the link that holds its first frame until <main> is parsed
  // (src/lib/serving/main-in-first-frame.mjs): what the link is worth.
  'no-expect-main': without(/<link rel="expect"[^>]*>/),
  // The head's Next.js metadata (description, canonical, Open Graph and Twitter tags, ~1.5 KB parsed
  // before <body>) and the header's search form (an input and a button in the first frame).
  'no-head-metadata': withoutPart(
    /<meta (?:name|property)="(?:description|og:[\w:]+|twitter:[\w:]+)"[^>]*>|<link rel="canonical"[^>]*>/g,
  ),
  'no-search-form': withoutPart(/<form role="search"[\s\S]*?<\/form>/),
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
