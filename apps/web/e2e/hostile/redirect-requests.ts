import {
  destinationNames,
  marker,
  offSiteForms,
  offSiteHostHeaders,
  offSitePathPrefixes,
  query,
} from './hostile-values'
import type { OldAddress } from './old-addresses'
import type { RawRequest } from './raw-http'

const get = (target: string): RawRequest => ({ method: 'GET', target })

/**
 * Request targets that are not a plain path: `*` (asterisk form), another host in absolute form, a path
 * without its leading slash, raw bytes that are not ASCII, and each off-site form as the start of a path,
 * alone and with a trailing slash (Next redirects both `//` and a trailing slash itself).
 */
export function requestTargetRequests(origin: string): RawRequest[] {
  return [
    { method: 'OPTIONS', target: '*' },
    get('*'),
    get('http://evil.example/'),
    get('http://evil.example//x/'),
    get(`${origin}//evil.example/`),
    get('x'),
    get('/\xe5\xff/'),
    ...offSitePathPrefixes.flatMap((prefix) => [get(prefix), get(`${prefix}/`)]),
  ]
}

/**
 * An old address's redirect (308) with a destination offered in the query, with off-site forms before
 * and after it in the path, and with another host named in the Host and forwarding headers.
 */
export function oldAddressRequests({ old }: OldAddress): RawRequest[] {
  return [
    get(old),
    get(`${old}/`),
    { method: 'HEAD', target: old },
    { method: 'GET', target: old, headers: [['RSC', '1']] },
    ...offSiteForms.map((form) => get(`${old}?${query(destinationNames, form)}`)),
    ...offSitePathPrefixes.flatMap((prefix) => [get(`${prefix}${old}`), get(`${old}${prefix}/`)]),
    ...offSiteHostHeaders.map((headers) => ({ method: 'GET', target: old, headers })),
  ]
}

/**
 * The image optimiser's address (the optimiser is off) asked for other hosts' images (each off-site
 * form, look-alikes of Sanity's image CDN, the cloud metadata address, the site itself by its origin),
 * for the site's own API routes and for itself; and for the share image with widths and qualities that
 * an optimiser would refuse.
 */
export function imageRequests(origin: string, imagePath: string): RawRequest[] {
  const sources = [
    ...offSiteForms.map((form) => `${form}/x.png`),
    'https://cdn.sanity.io.evil.example/images/x.png',
    'https://cdn.sanity.io@evil.example/images/x.png',
    'https://evil.example#@cdn.sanity.io/images/x.png',
    'https://evil.example\\@cdn.sanity.io/images/x.png',
    'http://169.254.169.254/latest/meta-data/',
    `${origin}${imagePath}`,
    '/api/revalidate',
    '/api/draft-mode/enable',
    '/api/draft-mode/disable',
    `/_next/image?url=${encodeURIComponent(imagePath)}&w=64&q=75`,
    marker,
  ]
  const sizes = ['w=0&q=75', 'w=-1&q=75', 'w=99999999999&q=75', 'w=abc&q=75', 'w=64&q=0', 'w=64&q=101']
  const image = encodeURIComponent(imagePath)
  return [
    ...sources.map((source) => get(`/_next/image?url=${encodeURIComponent(source)}&w=64&q=75`)),
    ...sizes.map((size) => get(`/_next/image?url=${image}&${size}`)),
    get(`/_next/image?url=${image}&url=${encodeURIComponent('https://evil.example/x.png')}&w=64&q=75`),
  ]
}
