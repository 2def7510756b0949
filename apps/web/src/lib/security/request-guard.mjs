// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/**
 * Methods no route of the site answers, which Next.js 16.4 turns into a 500 on its route handlers and
 * proxy (it builds a fetch `Request` with the method, and fetch forbids them).
 */
const forbiddenMethods = new Set(['TRACE', 'TRACK', 'CONNECT'])

/**
 * @typedef {object} Refusal
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string} body
 */

/**
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} [headers]
 * @returns {Refusal}
 */
const refuse = (status, body, headers = {}) => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body,
})

/**
 * The answer to a request Next.js would answer with a 500 (or send off the site) before any code of
 * the site runs, or null for a request to hand to Next. Each is a defect of Next 16.4.6, found by the
 * hostile-request suite (e2e/hostile-requests.test.ts); paths are in node_modules/next/dist:
 * - TRACE, TRACK, CONNECT: server/web/spec-extension/adapters/next-request.js and server/web/adapter.js
 *   pass the method to `new Request`, which throws.
 * - A request target not in origin form: `OPTIONS *` makes parse-url.js throw on `new URL('*')`;
 *   `GET http://evil.example/` is redirected to the host it names (resolve-routes.js reads the scheme's
 *   `//` as a repeated slash). Browsers send only the origin form to a site (RFC 9112, 3.2).
 * - A method other than GET and HEAD on a build file: router-server.js renders a `/405` page that an
 *   App Router build does not have.
 *
 * @param {string | undefined} method
 * @param {string | undefined} target
 * @returns {Refusal | null}
 */
export function refusal(method = 'GET', target = '/') {
  if (forbiddenMethods.has(method.toUpperCase())) {
    return refuse(405, 'Metoden stöds inte.', { allow: 'GET, HEAD, POST' })
  }
  if (!target.startsWith('/')) return refuse(400, 'Felaktig adress.')
  if (target.startsWith('/_next/static/') && method !== 'GET' && method !== 'HEAD') {
    return refuse(405, 'Metoden stöds inte.', { allow: 'GET, HEAD' })
  }
  return null
}
