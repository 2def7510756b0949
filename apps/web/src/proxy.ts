import { NextResponse, type NextRequest } from 'next/server'

import { isDecodableImageSource, isDecodablePath } from '@/lib/decodable-path'

// What Next.js sends with a 404 it finds itself (router-server.js, "404 case"). A rewrite to the
// prerendered not-found route would otherwise go out with its one-year `s-maxage`.
const notFoundCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'

/**
 * A path with a malformed percent-escape (`/talare/%ff`, `/nyheter/%`) gets the site's not-found page.
 * Next.js 16.4 routes such a path to its dynamic route, then fails to decode the segment and answers a
 * bare 500 (vercel/next.js#92527, fix proposed in #92557). The proxy runs before routing and rewrites
 * to Next's own not-found route, `/_not-found`. Not to a dynamic route: the render still decodes the
 * original path and fails the same way (tried with `/talare/jan-bohman` as the target). Not to a
 * made-up path: a catch-all route, if one is ever added, would answer it.
 *
 * The image optimiser fails the same way on a local source whose path does not decode
 * (`/_next/image?url=/%ff`, image-optimizer.js decodes it to refuse a recursive source): that request
 * is refused with the 400 Next gives any source it cannot use.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/_next/image') {
    if (isDecodableImageSource(searchParams.get('url'))) return NextResponse.next()
    return new NextResponse('"url" parameter is invalid', { status: 400 })
  }
  if (isDecodablePath(pathname)) return NextResponse.next()
  return NextResponse.rewrite(new URL('/_not-found', request.url), {
    headers: { 'cache-control': notFoundCacheControl },
  })
}

export const config = {
  // Only a path with a `%` can hold a bad escape, so every other request skips the proxy. `/_next/` is
  // left out: Next answers a missing static file there with a plain 404 before any decoding. The image
  // optimiser is let in when its source has a `%` (see isDecodableImageSource).
  matcher: [
    '/((?!_next/).*%.*)',
    { source: '/_next/image', has: [{ type: 'query', key: 'url', value: '.*%.*' }] },
  ],
}
