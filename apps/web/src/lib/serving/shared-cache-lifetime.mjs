// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/**
 * @typedef {(
 *   request: import('node:http').IncomingMessage,
 *   response: import('node:http').ServerResponse,
 * ) => unknown} RequestHandler
 */

/**
 * A Cache-Control value whose `s-maxage` is at most `seconds`. The time taken off it is added to
 * `stale-while-revalidate`: a shared cache may keep serving the answer as long as Next.js said it could,
 * but asks the server again once it is older than `seconds`. Other values (a browser's `max-age`, a
 * dynamic page's `private, no-store`) are left as they are.
 *
 * @param {string} value
 * @param {number} seconds
 */
export function capSharedMaxAge(value, seconds) {
  const directives = value.split(',').map((directive) => directive.trim())
  const ageOf = (/** @type {string} */ name) => {
    const directive = directives.find((candidate) => candidate.toLowerCase().startsWith(`${name}=`))
    return directive === undefined ? undefined : Number(directive.slice(name.length + 1))
  }
  const sharedMaxAge = ageOf('s-maxage')
  if (sharedMaxAge === undefined || !(sharedMaxAge > seconds)) return value
  const stale = sharedMaxAge - seconds + (ageOf('stale-while-revalidate') || 0)
  const others = directives.filter((directive) => !/^(?:s-maxage|stale-while-revalidate)=/i.test(directive))
  return [...others, `s-maxage=${seconds}`, `stale-while-revalidate=${stale}`].join(', ')
}

/**
 * Next.js tells shared caches to keep a page it prerendered for a year (`s-maxage=31536000`), and one
 * rebuilt hourly for an hour, because it purges its own cache when content changes (the webhook) and
 * counts on the host's CDN being purged with it, as Vercel's is. A CDN in front of this server is not
 * told: a speaker's corrected bio, a new article, or a page at an address that was a 404 would stay
 * hidden behind it until someone purged it by hand, and a new deployment's pages behind the old
 * deployment's. With at most `seconds` fresh, the CDN fetches a page again once its copy is that old,
 * answered from this server's cache, and meanwhile answers the request that set it off with its copy.
 *
 * @param {RequestHandler} handle Next.js's request handler, or a layer around it
 * @param {number} seconds
 * @returns {RequestHandler}
 */
export function withSharedCacheLifetime(handle, seconds) {
  return (request, response) => {
    const setHeader = response.setHeader
    response.setHeader = (name, value) =>
      Reflect.apply(setHeader, response, [
        name,
        name.toLowerCase() === 'cache-control' ? capSharedMaxAge(String(value), seconds) : value,
      ])
    return handle(request, response)
  }
}
