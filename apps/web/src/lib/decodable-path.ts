/**
 * Whether every segment of a request path percent-decodes. Next.js decodes a dynamic segment before
 * the page runs and answers one it cannot decode (`%ff`, a lone `%`, `%zz`) with a bare 500, so
 * proxy.ts sends such a path to the not-found page first.
 *
 * The whole path is decoded at once: an escape never spans a `/`, so it fails exactly when one
 * segment does.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}
