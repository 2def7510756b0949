import type { RawRequest } from './raw-http'

/**
 * Sent in paths, queries, headers and bodies; a body that holds it as written (not `&lt;x-hostile…`) has
 * reflected input unescaped.
 */
export const marker = '<x-hostile-7f3a>'

/**
 * Percent-escapes that do not decode to text: a lone `%`, a non-hex escape, a byte that is not UTF-8, an
 * overlong `/` in two, three and four bytes (decoders that accept it let `..%c0%af` climb out of a
 * folder), a UTF-16 surrogate, and NUL, which decodes but no file name or slug may hold.
 */
export const badEscapes = ['%', '%zz', '%ff', '%c0%af', '%e0%80%af', '%f0%80%80%af', '%ed%a0%80', '%00']

/** Where another host could be named to a redirect: each is either kept on the site or refused. */
export const offSiteForms = [
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  'https://evil.example',
  'http:evil.example',
  'https:/\\evil.example',
  '//evil.example@localhost',
  '%2F%2Fevil.example',
  '%5C%5Cevil.example',
  '/%2F/evil.example',
  '/%09/evil.example',
  '/\t/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/.//evil.example',
  '/..//evil.example',
  'javascript:alert(1)',
]

/**
 * The forms a path can start with (not a scheme, not leading white space), as a request sends them:
 * raw, with the tab and the backslashes as written, which no client library would send.
 */
export const offSitePathPrefixes = offSiteForms
  .filter((form) => !/^\s|:/.test(form))
  .map((form) => (form.startsWith('/') ? form : `/${form}`))

/** The site's origin as a request would name it in these headers, to ask for a redirect elsewhere. */
export const offSiteHostHeaders: [string, string][][] = [
  [['Host', 'evil.example']],
  [['X-Forwarded-Host', 'evil.example']],
  [
    ['X-Forwarded-Host', 'evil.example'],
    ['X-Forwarded-Proto', 'https'],
  ],
  [['Forwarded', 'host=evil.example;proto=https']],
]

/** Names a redirect's destination often goes by in a query or a form. */
export const destinationNames = ['next', 'redirect', 'url', 'returnTo']

/** `name=value` for every name, each value percent-encoded, so that the server decodes it as written. */
export const query = (names: readonly string[], value: string) =>
  names.map((name) => `${name}=${encodeURIComponent(value)}`).join('&')

/**
 * The request with the marker in the headers a page or a log might show (its own headers of the same
 * names win): every request carries it, whatever else it tries.
 */
export function withMarkerHeaders(request: RawRequest, origin: string): RawRequest {
  const own = new Set((request.headers ?? []).map(([name]) => name.toLowerCase()))
  const markerHeaders: [string, string][] = [
    ['User-Agent', marker],
    ['Referer', `${origin}/${marker}`],
    ['Accept-Language', marker],
    ['Cookie', `hostile=${marker}; __prerender_bypass=${marker}`],
    ['X-Hostile', marker],
  ]
  const added = markerHeaders.filter(([name]) => !own.has(name.toLowerCase()))
  return { ...request, headers: [...added, ...(request.headers ?? [])] }
}
