// Links from content are rendered only through this allow-list: React blocks `javascript:` but lets
// `data:` and `vbscript:` through (STACK.md, pitfall 10).

const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

// What a browser's URL parser ignores: tab and newlines anywhere, C0 controls and spaces at the ends.
const ignoredAnywhere = /[\t\n\r]/g
// eslint-disable-next-line no-control-regex
const ignoredAtEnds = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const scheme = /^([a-z][a-z0-9+.-]*):/i

export type SafeHref = { href: string; external: boolean }

/**
 * The href to render, or null when it must be shown as plain text. Allows http, https, mailto and tel
 * (any case) and root-relative paths; protocol-relative (`//host`) and bare relative hrefs are refused.
 */
export function safeHref(raw: unknown): SafeHref | null {
  if (typeof raw !== 'string') return null
  const href = raw.replace(ignoredAnywhere, '').replace(ignoredAtEnds, '')
  if (href.startsWith('/')) {
    // Browsers read `/\host` like `//host`.
    return /^\/[/\\]/.test(href) ? null : { href, external: false }
  }
  const name = scheme.exec(href)?.[1]?.toLowerCase()
  if (!name || !allowedSchemes.has(name)) return null
  return { href, external: name === 'http' || name === 'https' }
}
