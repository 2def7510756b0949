// Plain ESM: the page cache (cache-handler.mjs) runs it on each page's HTML, outside Next.js's bundler.

/**
 * The blocks of a stylesheet at its top level, each a rule with its braces, an at-rule with its block,
 * or a statement ending in `;` (`@import`). Strings and comments may hold braces.
 *
 * @param {string} css
 */
export function topLevelBlocks(css) {
  /** @type {string[]} */
  const blocks = []
  let depth = 0
  let start = 0
  for (let at = 0; at < css.length; at++) {
    const char = css[at]
    if (char === '"' || char === "'") {
      at = endOfString(css, at)
    } else if (char === '/' && css[at + 1] === '*') {
      at = css.indexOf('*/', at + 2) + 1 || css.length
    } else if (char === '{') {
      depth++
    } else if ((char === '}' && --depth === 0) || (char === ';' && depth === 0)) {
      blocks.push(css.slice(start, at + 1))
      start = at + 1
    }
  }
  if (css.slice(start).trim()) blocks.push(css.slice(start))
  return blocks
}

/**
 * @param {string} css
 * @param {number} open the index of the opening quote
 * @returns {number} the index of the closing quote (or the end)
 */
function endOfString(css, open) {
  for (let at = open + 1; at < css.length; at++) {
    if (css[at] === '\\') at++
    else if (css[at] === css[open]) return at
  }
  return css.length
}

/**
 * The parts of `text` between commas outside parentheses and brackets: the selectors of a list.
 *
 * @param {string} text
 */
function splitSelectorList(text) {
  /** @type {string[]} */
  const selectors = []
  let depth = 0
  let start = 0
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (char === ',' && depth === 0) {
      selectors.push(text.slice(start, at))
      start = at + 1
    }
  }
  selectors.push(text.slice(start))
  return selectors
}

/**
 * Whether an element with only the classes in `present` can take part in `selector`'s match: every class
 * the selector names outside parentheses and brackets is present. What is inside `:not()`, `:is()`,
 * `:has()` or an attribute selector is not required, and an escaped name is not read: such a selector
 * is taken as matching, so the answer errs on the side of keeping a rule.
 *
 * @param {string} selector
 * @param {ReadonlySet<string>} present
 */
function mayMatch(selector, present) {
  if (selector.includes('\\')) return true
  let outside = ''
  let depth = 0
  for (const char of selector) {
    if (char === '(' || char === '[') depth++
    else if (char === ')' || char === ']') depth--
    else if (depth === 0) outside += char
  }
  return [...outside.matchAll(/\.([^\s.#:>+~*,]+)/g)].every(([, name]) => present.has(name ?? ''))
}

/**
 * `css` split in two, each in its source order: `first`, every rule that may match an element with only
 * the classes in `present` (and every rule that names no class), and `later`, the rest. Media and
 * supports queries are split inside; any other at-rule (keyframes, font faces, layers, whose order
 * counts) stays whole in `first`.
 *
 * @param {string} css
 * @param {ReadonlySet<string>} present
 * @returns {{ first: string, later: string }}
 */
export function splitStylesheet(css, present) {
  let first = ''
  let later = ''
  for (const block of topLevelBlocks(css)) {
    const brace = block.indexOf('{')
    const prelude = brace === -1 ? block : block.slice(0, brace).trim()
    if (/^@(media|supports)\b/i.test(prelude)) {
      const inner = splitStylesheet(block.slice(brace + 1, -1), present)
      if (inner.first) first += `${prelude}{${inner.first}}`
      if (inner.later) later += `${prelude}{${inner.later}}`
    } else if (prelude.startsWith('@') || brace === -1) {
      first += block
    } else if (splitSelectorList(prelude).some((selector) => mayMatch(selector, present))) {
      first += block
    } else {
      later += block
    }
  }
  return { first, later }
}

const unusedStyles = '<style data-unused-styles="">'

/** The stylesheets Next.js inlines into a page's head (`experimental.inlineCss`). */
const inlinedStylesheets = /(<style data-precedence="[^"]*"[^>]*>)([\s\S]*?)<\/style>/g

/**
 * The document with its head's inlined stylesheets cut to the rules that may match an element of it
 * (by the classes its markup writes), and the rules none can match (other pages' components, a draft's
 * banner) in a `<style>` at the end of its body.
 *
 * Why: Chromium parses a document in slices of about 10 ms of main thread. A long head ends the first
 * slice before the content (the whole stylesheet took ~11 ms on a throttled phone CPU), the browser
 * draws a frame with an empty body, and the content, the LCP, is painted a frame later than on a bare
 * Next.js page (issue 12). Every page carries the shared stylesheet, up to a quarter of which it does not use.
 *
 * The rules are all still in the document, so a client-side navigation to a page that uses them finds
 * them: React leaves the extra element in `<body>` alone when it hydrates. A rule that moves matches no
 * element of the document, so every element is styled as before (e2e/unused-styles-last.test.ts
 * compares every computed style, and after client-side navigations too).
 *
 * A document without a body, or one that has been through this, is returned as it is. One with no rule
 * to move still gets the (empty) element: the page cache runs this on every page it returns, and the
 * element is what tells it the page needs no second pass.
 *
 * @param {string} html
 */
export function withUnusedStylesLast(html) {
  const endOfHead = html.indexOf('</head>')
  const endOfBody = html.lastIndexOf('</body>')
  if (endOfHead === -1 || endOfBody < endOfHead || html.includes(unusedStyles)) return html
  const present = new Set(
    [...html.slice(0, endOfBody).matchAll(/\sclass="([^"]*)"/g)].flatMap(([, names = '']) =>
      names.split(/\s+/),
    ),
  )
  let unused = ''
  const head = html.slice(0, endOfHead).replace(inlinedStylesheets, (_, openingTag, css) => {
    const { first, later } = splitStylesheet(css, present)
    unused += later
    return `${openingTag}${first}</style>`
  })
  return `${head}${html.slice(endOfHead, endOfBody)}${unusedStyles}${unused}</style>${html.slice(endOfBody)}`
}
