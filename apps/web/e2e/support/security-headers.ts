import { securityHeaders } from '../../src/lib/security/security-headers'

/** The names of the headers next.config.ts sends on every response, whatever the configuration. */
export const securityHeaderNames = securityHeaders({
  siteUrl: 'http://localhost:3000',
  studioOrigin: null,
  images: null,
  development: false,
}).map(({ key }) => key.toLowerCase())

/** A response's security headers, by name; null for one it lacks. */
export const securityHeadersOf = (headers: { get(name: string): string | null }) =>
  Object.fromEntries(securityHeaderNames.map((name) => [name, headers.get(name)]))
