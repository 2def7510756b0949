// Plain ESM: the cache handler (cache-handler.mjs) loads it at run time, outside Next.js's bundler.
import { createHash } from 'node:crypto'

/**
 * Every element `<script>` of an HTML document with its attributes and text. React writes a script's
 * text so that it cannot hold `</script` (it escapes `<`), and the site's JSON-LD is escaped the same way,
 * so the first closing tag after an opening one ends it.
 */
const scriptElements = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

const typeAttribute = /(?:^|\s)type\s*=\s*["']?([^"'\s>]*)/i

// The types of a script element that runs. JSON-LD and other data blocks do not, and a policy does
// not govern them.
const runningTypes = new Set(['', 'text/javascript', 'application/javascript', 'module'])

/** @param {string} attributes */
const runs = (attributes) => runningTypes.has((typeAttribute.exec(attributes)?.[1] ?? '').toLowerCase())

/** The CSP source expression of each inline script the document runs, in document order. */
/** @param {string} html */
export function inlineScriptHashes(html) {
  /** @type {string[]} */
  const hashes = []
  for (const [, attributes = '', text = ''] of html.matchAll(scriptElements)) {
    if (/\bsrc\s*=/i.test(attributes) || !runs(attributes)) continue
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return hashes
}

const marker = 'data-inline-script-policy'

/**
 * The document with a policy of its own in a meta element, right after its charset: scripts from the
 * site's origin and exactly its own inline scripts, by their hashes. A browser enforces it together
 * with the header's policy, whose `'unsafe-inline'` is for pages rendered without this step (draft
 * preview, search): a script must pass both, so an inline script injected into this document does
 * not run. A document that has it already is returned as it is.
 */
/** @param {string} html */
export function withInlineScriptPolicy(html) {
  if (html.includes(marker)) return html
  const policy = ["script-src 'self'", ...inlineScriptHashes(html)].join(' ')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" ${marker}=""/>`
  const charset = /<meta charSet="utf-8"\/>/i.exec(html)
  if (!charset) return html
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}${meta}${html.slice(at)}`
}
