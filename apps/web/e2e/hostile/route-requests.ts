import { badEscapes, marker } from './hostile-values'
import type { RawRequest } from './raw-http'

const kilobytes = (size: number) => 'a'.repeat(size * 1024)

/** The query with every value replaced by `value`, plus a parameter that has it as name and value. */
function hostileQuery(query: string, value: string): string {
  const names = query ? query.split('&').map((pair) => pair.split('=')[0] ?? '') : []
  return [...names, value].map((name) => `${name}=${value}`).join('&')
}

// Node's parser reads at most 16 KB of request head (431 beyond); the largest of each kind goes past it.
const headerSets: [string, string][][] = [
  [['X-Hostile', kilobytes(10)]],
  [['X-Hostile', kilobytes(100)]],
  Array.from({ length: 100 }, (_, i): [string, string] => [`X-Hostile-${i}`, marker]),
  // More than Node keeps (2,000), each as short as a header can be, still within the 16 KB.
  Array.from({ length: 2400 }, (): [string, string] => ['a', '1']),
]

/** Methods a page or a handler does not expect; the last is made up, and Node refuses it (400) before Next. */
const oddMethods = ['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'HOSTILE']
const methodBody = JSON.stringify({ hostile: marker })

/**
 * The requests every route type gets at its representative `target` (a path, perhaps with a query):
 * malformed escapes in the path and the query, the marker in each, dot segments and encoded slashes and
 * backslashes, a path and a query of 10 and 100 KB, long and many headers, and odd methods.
 */
export function routeRequests(target: string): RawRequest[] {
  const [path = '/', query = ''] = target.split(/\?(.*)/s)
  const base = path.replace(/\/$/, '')
  const slash = path.lastIndexOf('/')
  const [folder, last] = [path.slice(0, slash), path.slice(slash + 1)]
  const withQuery = (changed: string) => (query ? `${changed}?${query}` : changed)

  const escapes = badEscapes.flatMap((bad) => [
    withQuery(`${path}${bad}`),
    withQuery(`${base}/${bad}`),
    `${path}?${hostileQuery(query, bad)}`,
  ])
  const reflected = [
    withQuery(`${base}/${marker}`),
    withQuery(`${base}/${encodeURIComponent(marker)}`),
    `${path}?${hostileQuery(query, marker)}`,
    `${path}?${hostileQuery(query, encodeURIComponent(marker))}`,
  ]
  const dotSegments = [
    `${folder}/./${last}`,
    `${folder}/hostile/../${last}`,
    `${base}/..`,
    `/..${path}`,
    folder ? `${folder}%2f${last}` : '/%2f',
    `${base}/%2e%2e/%2e%2e/%2e%2e/package.json`,
    `${base}/..%2f..%2f..%2fpackage.json`,
    `${base}%5c..%5c..%5cpackage.json`,
    `${base}/../../../../../../etc/passwd`,
  ].map(withQuery)
  const long = [
    withQuery(`${base}/${kilobytes(10)}`),
    withQuery(`${base}/${kilobytes(100)}`),
    `${path}?${hostileQuery(query, kilobytes(10))}`,
  ]

  return [
    // A set: at the start page, a bad escape in the last segment and as a segment of its own are one path.
    ...[...new Set([...escapes, ...reflected, ...dotSegments, ...long])].map((path) => ({
      method: 'GET',
      target: path,
    })),
    ...headerSets.map((headers) => ({ method: 'GET', target, headers })),
    ...oddMethods.map((method) =>
      ['PUT', 'PATCH', 'DELETE'].includes(method)
        ? { method, target, headers: [['Content-Type', 'application/json']] as const, body: methodBody }
        : { method, target },
    ),
  ]
}
