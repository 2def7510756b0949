/**
 * The digest Next.js gives an error thrown on the server: a hash that names its line in the server's
 * log, and the only part of an error that may reach a visitor's browser console. A value thrown in a
 * client component can be anything, so it is narrowed, not cast.
 */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined
  return typeof error.digest === 'string' && error.digest !== '' ? error.digest : undefined
}
