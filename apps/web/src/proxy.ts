import { routes } from '@bergslaget/content/site-paths'
import { NextResponse, type NextRequest } from 'next/server'

import { isDevelopmentServer } from '@/env'
import { isDecodablePath } from '@/lib/decodable-path'
import { contentSecurityPolicy } from '@/lib/security/security-headers'
import { readSecuritySettings } from '@/lib/security/security-settings'

// What Next.js sends with a 404 it finds itself (router-server.js, "404 case"). A rewrite to the
// prerendered not-found route would otherwise go out with its one-year `s-maxage`.
const notFoundCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'

// Next.js's draft-mode cookie: with it, every page is rendered per request.
const draftModeCookie = '__prerender_bypass'

const securitySettings = readSecuritySettings(isDevelopmentServer)

/**
 * A page rendered per request gets a policy with a nonce of its own instead of `'unsafe-inline'`:
 * Next.js reads the nonce from the request's policy and puts it on every script it writes. Only these
 * requests: a nonce on a prerendered page would block its scripts, which carry none.
 */
function withScriptNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = contentSecurityPolicy(securitySettings, { nonce })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

/**
 * Two jobs before routing:
 * - A path with a malformed percent-escape (`/talare/%ff`, `/nyheter/%`) gets the site's not-found
 *   page. Next.js 16.4 routes such a path to its dynamic route, then fails to decode the segment and
 *   answers a bare 500 (vercel/next.js#92527, fix proposed in #92557). The proxy rewrites to Next's
 *   own not-found route, `/_not-found`. Not to a dynamic route: the render still decodes the original
 *   path and fails the same way (tried with `/talare/jan-bohman` as the target). Not to a made-up
 *   path: a catch-all route, if one is ever added, would answer it.
 * - Search and draft preview, rendered per request, get a script nonce.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!isDecodablePath(pathname)) {
    return NextResponse.rewrite(new URL('/_not-found', request.url), {
      headers: { 'cache-control': notFoundCacheControl },
    })
  }
  if (pathname === routes.search || request.cookies.has(draftModeCookie)) return withScriptNonce(request)
  return NextResponse.next()
}

// Written out, not taken from the constants above: Next reads the matcher from the source at build.
export const config = {
  matcher: [
    // Only a path with a `%` can hold a bad escape. `/_next/` is left out: Next answers a missing
    // static file there with a plain 404 before any decoding.
    '/((?!_next/).*%.*)',
    '/sok',
    { source: '/((?!_next/|api/).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
  ],
}
