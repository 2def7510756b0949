// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.
import { bytesOf, holdBody } from './held-response.mjs'

/**
 * @typedef {(
 *   request: import('node:http').IncomingMessage,
 *   response: import('node:http').ServerResponse,
 * ) => unknown} RequestHandler
 */

// How Next.js 16.4.6 starts the document of a page that called notFound() while it rendered: the empty
// shell of its error recovery, `<html id="__next_error__"><head>…</head><body>` and scripts, which draw
// the 404 page only once they have run (vercel/next.js#62228).
const emptyErrorDocument = /^\s*(?:<!DOCTYPE html>)?\s*<html id="__next_error__"/i

/**
 * A detail address whose document does not exist (`/talare/finns-inte`) is a page that calls notFound().
 * Next.js answers it 404, rightly, but with an empty document (see emptyErrorDocument): a visitor whose
 * scripts have not run yet, or never do, sees a blank page, and the Swedish 404 page, its heading and
 * its ways on, are not in the answer at all. An address that matches no route is answered with the 404
 * page in full, from Next's own `/_not-found` route (prerendered, and kept fresh with the content it
 * shows, as every page is). This holds the HTML of each 404 and, when it is that empty document, answers
 * the request again as `/_not-found`: the same status, the page as the server renders it. A client's
 * navigation (an RSC request) is not HTML, and the browser draws its 404 itself as it always does.
 *
 * @param {RequestHandler} handle Next.js's request handler
 * @returns {RequestHandler}
 */
export function withServerRenderedNotFound(handle) {
  return (request, response) => {
    if (request.method === 'GET') {
      // The headers set before Next answers (server.mjs: the security headers), to start again from.
      const before = response.getHeaders()
      holdBody(
        response,
        () =>
          response.statusCode === 404 &&
          /^text\/html\b/i.test(String(response.getHeader('content-type') ?? '')),
        (body) => {
          const bytes = bytesOf(body)
          if (!emptyErrorDocument.test(bytes.subarray(0, 64).toString())) return response.end(bytes)
          for (const name of response.getHeaderNames()) response.removeHeader(name)
          for (const [name, value] of Object.entries(before))
            if (value !== undefined) response.setHeader(name, value)
          // What Next's own handler does with "an adjusted parsed URL" (its advice for a custom server).
          request.url = '/_not-found'
          return handle(request, response)
        },
      )
    }
    return handle(request, response)
  }
}
