// A page's first-load JS as the issue counts it: the scripts its HTML loads (not `nomodule` ones, which
// no browser Lighthouse runs loads; not the chunks its links prefetch afterwards, which belong to those
// pages), each gzipped here at zlib's default level, about what Next.js's compression sends. Counted
// from the bodies, not Lighthouse's transfer sizes, which include each response's headers. Plain ESM.
import { gzipSync } from 'node:zlib'

/**
 * @param {string} pageUrl
 * @returns {Promise<number>} bytes
 */
export async function firstLoadScriptBytes(pageUrl) {
  const html = await (await fetch(pageUrl)).text()
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? [])
  const sizes = await Promise.all(
    [...new Set(scripts)].map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer())
      return gzipSync(body).length
    }),
  )
  return sizes.reduce((sum, size) => sum + size, 0)
}
