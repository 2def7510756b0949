import { securityHeaderNames } from '../support/security-headers'

import { marker } from './hostile-values'
import type { RawOutcome } from './raw-http'

export interface Verdict {
  /** An answer of 500 or above. */
  serverError: boolean
  /** What the answer gives away or where it sends the visitor, one line each. */
  unsafe: string[]
  /** No answer at all within the timeout: one request may hold the server. */
  timedOut: boolean
}

// What only the server should know: how its code runs and where it lives. Next's client runtime names
// `/ROOT/<path from the project root>/node_modules/` (a placeholder, not a path of the server).
const leaks: [string, RegExp][] = [
  ['a stack trace', /\n\s*at [^\n]*:\d+:\d+/],
  ['an error naming a source file', /Error: [^\n]{0,300}?(?:\/[\w.@[\]-]+){2,}\.(?:[cm]?[jt]sx?)\b/],
  ['a node_modules path', /(?<!\/ROOT\/[^\s"']*)node_modules\//],
  ['a path of the build', /\.next\/server|\[turbopack\]_runtime|\[project\]\//],
  ['a /work/ path', /\/work\//],
]

/** Where a browser would go on to, by what sends it: Location, Refresh (Next adds it to a 308), a meta refresh. */
function redirectTargets(headers: Record<string, string[]>, body: string): [string, string][] {
  const refresh = (value: string | undefined) => (value ? /url=(.*)$/i.exec(value)?.[1]?.trim() : undefined)
  const metaRefresh = [...body.matchAll(/<meta[^>]*http-equiv="?refresh"?[^>]*content="([^"]*)"/gi)]
  const found: [string, string | undefined][] = [
    ...(headers.location ?? []).map((value): [string, string] => ['Location', value]),
    ...(headers.refresh ?? []).map((value): [string, string | undefined] => ['Refresh', refresh(value)]),
    ...metaRefresh.map(([, content]): [string, string | undefined] => ['a meta refresh', refresh(content)]),
  ]
  return found.filter((pair): pair is [string, string] => pair[1] !== undefined)
}

/**
 * Resolves a redirect target as a browser would (WHATWG URL: tabs and newlines dropped, `\` read as
 * `/`) and compares origins. Against the site's root rather than the request's URL: for a request on the
 * site both give the same origin, and a request target that is no path of the site (`*`, another host
 * in absolute form) must not make an off-site answer look local.
 */
function leavesSite(target: string, origin: string): boolean {
  try {
    return new URL(target, `${origin}/`).origin !== origin
  } catch {
    return true
  }
}

/** `repoPaths`: the absolute paths of the checkouts the site runs from, which no answer may name. */
export function judge(outcome: RawOutcome, origin: string, repoPaths: readonly string[]): Verdict {
  if (!('response' in outcome)) return { serverError: false, unsafe: [], timedOut: 'timedOut' in outcome }
  const { status, headers, body: bytes } = outcome.response
  // latin1 keeps every byte as one character: the patterns are ASCII, and a binary body cannot throw.
  const body = bytes.toString('latin1')
  const unsafe = [
    ...leaks.filter(([, pattern]) => pattern.test(body)).map(([what]) => `body holds ${what}`),
    ...repoPaths.filter((path) => body.includes(path)).map((path) => `body names ${path}`),
    ...(body.includes(marker) ? [`body reflects ${marker} unescaped`] : []),
    ...redirectTargets(headers, body)
      .filter(([, target]) => leavesSite(target, origin))
      .map(([by, target]) => `${by} leaves the site: ${JSON.stringify(target)}`),
    // Refusals too carry the headers every response does (server.mjs adds them to its own).
    ...securityHeaderNames.filter((name) => !headers[name]?.length).map((name) => `no ${name} header`),
  ]
  return { serverError: status >= 500, unsafe, timedOut: false }
}
