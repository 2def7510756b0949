// The site's page types, read from the build rather than listed by hand, so a page added tomorrow is
// checked, photographed and benchmarked without touching the suite. Plain ESM, shared with jest.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @typedef {object} PrerenderedRoute
 * @property {string} path
 * @property {string} pattern the app route that produced it, e.g. /evenemang/[slug]
 * @property {number} htmlSize
 */

/**
 * @typedef {object} BuildRoutes
 * @property {string[]} patterns every page route of the app, sorted
 * @property {PrerenderedRoute[]} prerendered
 */

/**
 * @typedef {object} PageType
 * @property {string} pattern
 * @property {string | null} path
 * @property {200 | 404} status
 */

/**
 * @param {string} webRoot
 * @param {string} file
 */
const readJson = (webRoot, file) => JSON.parse(readFileSync(join(webRoot, '.next', file), 'utf8'))

// Next's own routes (`/_not-found`, `/_global-error`) are not pages of the site.
/** @param {string} path */
const isInternal = (path) => path.split('/').some((segment) => segment.startsWith('_'))
/** @param {string} segment */
const isDynamicSegment = (segment) => segment.startsWith('[') && segment.endsWith(']')
/** @param {string} pattern */
export const isDynamic = (pattern) => pattern.split('/').some(isDynamicSegment)

/**
 * Every page route of the app (`/evenemang/[slug]`) and every path the build prerendered for one, with
 * the size of its HTML.
 *
 * @param {string} webRoot
 * @returns {BuildRoutes}
 */
export function readBuildRoutes(webRoot) {
  /** @type {Record<string, string>} */
  const appPaths = readJson(webRoot, 'app-path-routes-manifest.json')
  const patterns = Object.entries(appPaths)
    .filter(([entry, pattern]) => entry.endsWith('/page') && !isInternal(pattern))
    .map(([, pattern]) => pattern)
    .sort()
  const known = new Set(patterns)
  /** @type {{ routes: Record<string, { srcRoute?: string | null, htmlSize?: number }> }} */
  const prerenderManifest = readJson(webRoot, 'prerender-manifest.json')
  const prerendered = Object.entries(prerenderManifest.routes)
    .map(([path, route]) => ({ path, pattern: route.srcRoute ?? path, htmlSize: route.htmlSize ?? 0 }))
    .filter(({ path, pattern }) => !isInternal(path) && known.has(pattern))
    .sort((a, b) => a.path.localeCompare(b.path))
  return { patterns, prerendered }
}

/**
 * One representative path per page route: the route itself when static, else its prerendered path with
 * the largest HTML (the one that exercises most of the template). `path` is null for a dynamic route the
 * build prerendered nothing for.
 *
 * @param {BuildRoutes} routes
 * @returns {PageType[]}
 */
export function pageTypes({ patterns, prerendered }) {
  return patterns.map((pattern) => {
    if (!isDynamic(pattern)) return { pattern, path: pattern, status: 200 }
    const candidates = prerendered.filter((route) => route.pattern === pattern)
    const largest = candidates.reduce(larger, null)
    return { pattern, path: largest ? largest.path : null, status: 200 }
  })
}

/**
 * @param {PrerenderedRoute | null} best
 * @param {PrerenderedRoute} route
 */
const larger = (best, route) => (!best || route.htmlSize > best.htmlSize ? route : best)

/**
 * A value the build gives segment `index` of a route split at `/` (its `parts`): that segment of a
 * prerendered path whose route shares the parts up to it; null when none does.
 *
 * @param {string[]} parts
 * @param {number} index
 * @param {PrerenderedRoute[]} prerendered
 * @returns {string | null}
 */
export function builtSegmentValue(parts, index, prerendered) {
  const prefix = parts.slice(0, index + 1).join('/')
  const route = prerendered.find(
    (r) =>
      r.pattern
        .split('/')
        .slice(0, index + 1)
        .join('/') === prefix,
  )
  return route?.path.split('/')[index] ?? null
}

/**
 * Every route handler of the app (`/robots.txt`, `/api/revalidate`, `/evenemang/[slug]/kalender.ics`)
 * with a path to request it at: a static one's own; a dynamic one's deepest prerendered path (a talk's
 * share image rather than the start page's), else the route with its dynamic segments filled with the
 * values the build gives pages (an event's slug for its calendar file). `path` is null when a segment
 * has no value in this dataset.
 *
 * @param {string} webRoot
 * @returns {{ pattern: string, path: string | null }[]}
 */
export function routeHandlerTypes(webRoot) {
  /** @type {Record<string, string>} */
  const appPaths = readJson(webRoot, 'app-path-routes-manifest.json')
  /** @type {{ routes: Record<string, { srcRoute?: string | null }> }} */
  const prerenderManifest = readJson(webRoot, 'prerender-manifest.json')
  const { prerendered } = readBuildRoutes(webRoot)
  return Object.entries(appPaths)
    .filter(([entry, pattern]) => entry.endsWith('/route') && !isInternal(pattern))
    .map(([, pattern]) => {
      if (!isDynamic(pattern)) return { pattern, path: pattern }
      const built = Object.entries(prerenderManifest.routes)
        .filter(([, route]) => route.srcRoute === pattern)
        .map(([path]) => path)
        .sort((a, b) => b.split('/').length - a.split('/').length)[0]
      if (built) return { pattern, path: built }
      const parts = pattern.split('/')
      const values = parts.map((part, index) =>
        isDynamicSegment(part) ? builtSegmentValue(parts, index, prerendered) : part,
      )
      return { pattern, path: values.includes(null) ? null : values.join('/') }
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern))
}

/**
 * The Swedish 404 page, reached through a path no route answers.
 *
 * @type {PageType & { path: string }}
 */
export const notFoundPageType = { pattern: '404', path: '/finns-inte', status: 404 }

/**
 * The route a path is served by, as Next matches it: the most static segments win.
 *
 * @param {string} pathname
 * @param {readonly string[]} patterns
 * @returns {string | null}
 */
export function matchRoute(pathname, patterns) {
  const segments = pathname.split('/').filter(Boolean)
  let best = null
  let bestStatic = -1
  for (const pattern of patterns) {
    const parts = pattern.split('/').filter(Boolean)
    const last = parts.at(-1)
    const catchAll = last !== undefined && /^\[\[?\.\.\./.test(last)
    const fixed = catchAll ? parts.slice(0, -1) : parts
    if (catchAll ? segments.length < fixed.length : segments.length !== parts.length) continue
    if (!fixed.every((part, i) => isDynamicSegment(part) || part === segments[i])) continue
    const staticCount = fixed.filter((part) => !isDynamicSegment(part)).length
    if (staticCount > bestStatic) {
      best = pattern
      bestStatic = staticCount
    }
  }
  return best
}

/**
 * A file-system-safe name for a page type, for screenshots.
 *
 * @param {string} pattern
 */
export function pageTypeSlug(pattern) {
  if (pattern === '/') return 'start'
  return pattern
    .replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, '$1')
    .split('/')
    .filter(Boolean)
    .join('--')
}
