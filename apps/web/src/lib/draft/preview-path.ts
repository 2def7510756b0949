// Decides where preview's redirects may lead: server code only, beside the handlers that use it.
import 'server-only'

/** The search parameter in which the Presentation tool names the page to open (@sanity/preview-url-secret). */
const previewPathnameParam = 'sanity-preview-pathname'

/** What a requested page is resolved against, as next-sanity does: only its path and query are kept. */
const placeholderOrigin = 'http://localhost'

/**
 * `requested` as a path (with its query) on this site, or null when it names no page here. A full URL
 * elsewhere keeps only its path, so what is dangerous is a path that starts with `//` (after `/./`, or
 * `\`, which URLs read as `/`): a browser takes it as a link to another host. A URL that does not parse,
 * or has no path at all (`javascript:`), is refused too.
 */
export function sameSitePath(requested: string): string | null {
  const url = URL.parse(requested, placeholderOrigin)
  if (!url?.pathname.startsWith('/') || url.pathname.startsWith('//')) return null
  return url.pathname + url.search
}

/**
 * Whether the page the Presentation tool asks to open is on this site (see sameSitePath). next-sanity
 * redirects to it after its own resolution, which keeps the path of a full URL.
 */
export function isSameSitePreviewPath(requestUrl: string): boolean {
  const requested = new URL(requestUrl).searchParams.get(previewPathnameParam)
  return requested === null || sameSitePath(requested) !== null
}
