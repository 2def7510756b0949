// Plain ESM: the page cache (cache-handler.mjs) runs it on each page's HTML, outside Next.js's bundler.

/** The id of every page's `<main>` (the skip link's target, src/components/skip-link/skip-link.tsx). */
export const mainId = 'huvudinnehall'

const expectMain = `<link rel="expect" href="#${mainId}" blocking="render"/>`

/**
 * The document with rendering held, first thing in its head, until its `<main>` has been parsed.
 *
 * Why: Chromium parses a document in slices of about 10 ms of main thread. A page's head (its inline
 * stylesheet, its inline-script policy, Next.js's script tags and metadata) is more than the first slice
 * on a throttled phone CPU, and Chromium drew a frame with an empty body before it parsed the content,
 * which then came a frame later than a bare Next.js page's (issue 12). With rendering held the first
 * frame has the content: `npm run bench:variants` measured the link worth ≈ 0.03 of the bare page's LCP,
 * seven of nine runs quicker, in two sessions. Held at most until the document is parsed, should a page
 * lack the element; a page's `<main>` ends before its RSC payload, which the first frame does not wait for.
 * A document that has the link, or has no `<head>`, is returned as it is.
 *
 * @param {string} html
 */
export function withMainInFirstFrame(html) {
  if (html.includes(expectMain) || !html.includes('<head>')) return html
  return html.replace('<head>', `<head>${expectMain}`)
}
