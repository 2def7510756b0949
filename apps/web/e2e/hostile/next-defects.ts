import type { RawRequest } from './raw-http'
import type { Verdict } from './verdict'

/**
 * Answers Next.js 16.4.6 gives before any code of the site runs, which the site therefore cannot
 * change (the proxy cannot either: for TRACE, Next fails while it builds the proxy's request). The suite
 * counts and lists them apart from the site's own failures, and fails when one no longer occurs: then
 * Next has fixed it and its entry goes. Paths are in node_modules/next/dist.
 */
export interface NextDefect {
  what: string
  where: string
  /** Whether an answer is this defect. */
  is: (request: RawRequest, status: number | null, verdict: Verdict) => boolean
}

export const nextDefects: NextDefect[] = [
  {
    what: 'TRACE answers 500 on a dynamic route handler (API routes, feeds by kind, calendars, share images) and on every path the proxy runs for',
    where:
      "server/web/spec-extension/adapters/next-request.js:100 (route handlers) and server/web/adapter.js:160 (the proxy) pass the method to `new Request`, which refuses a method fetch() forbids: TypeError: 'TRACE' HTTP method is unsupported",
    is: (request, status) => request.method === 'TRACE' && status === 500,
  },
  {
    what: 'a method other than GET and HEAD answers 500 on a file under /_next/static (a missing one answers 404)',
    where:
      'server/lib/router-server.js:496 sets 405 and renders a `/405` page (invokeRender), which an App Router build does not have; the answer is a plain 500 with Allow sent twice',
    is: (request, status) =>
      request.target.startsWith('/_next/static/') &&
      !['GET', 'HEAD'].includes(request.method) &&
      status === 500,
  },
  {
    what: 'a request target in asterisk form (`OPTIONS *`, `GET *`) answers 500',
    where:
      'server/lib/router-utils/resolve-routes.js:92 parseUrl(req.url) → shared/lib/router/utils/parse-url.js:17 `new URL("*")` throws',
    is: (request, status) => request.target === '*' && status === 500,
  },
  {
    what: 'a request target in absolute form (`GET http://evil.example/`) is redirected (308) to the host it names; browsers never send this form to a site, only to a proxy',
    where:
      "server/lib/router-utils/resolve-routes.js:106 takes the scheme's `//` for a repeated slash, router-server.js:455 sends the whole parsed URL back as Location and Refresh",
    is: (request, status, verdict) =>
      /^https?:\/\//.test(request.target) &&
      status === 308 &&
      verdict.unsafe.length > 0 &&
      verdict.unsafe.every((line) => /^(Location|Refresh) leaves the site/.test(line)),
  },
]
