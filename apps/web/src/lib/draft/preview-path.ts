/** The search parameter in which the Presentation tool names the page to open (@sanity/preview-url-secret). */
const previewPathnameParam = 'sanity-preview-pathname'

/**
 * Whether the page the Presentation tool asks to open is on this site. next-sanity resolves it against
 * a dummy origin and redirects to its path, so a full URL elsewhere already turns into a local path;
 * what remains dangerous is a path that starts with `//` (after `/./`, or `\` that URLs read as `/`),
 * which a browser takes as a link to another host.
 */
export function isSameSitePreviewPath(requestUrl: string): boolean {
  const requested = new URL(requestUrl).searchParams.get(previewPathnameParam)
  if (requested === null) return true
  const { pathname } = new URL(requested, 'http://localhost')
  return !pathname.startsWith('//')
}
