// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/** @typedef {{ etag: string, gzip: Buffer }} CompressedBody */

/**
 * The gzip and ETag of response bodies (compressed-responses.mjs) by their key: the page itself for a
 * page, the ETag for other bodies. Each entry weighs its gzip and its key, the least recently used let
 * go past a budget of bytes. At 20,000 documents the site has about 39,000 prerendered pages of 5–10 KB
 * gzip each: more than a server should hold for pages that are rarely asked for, while the pages asked
 * for most stay.
 */
/**
 * @param {string} key
 * @param {CompressedBody} value
 */
const weight = (key, value) => key.length + value.gzip.length

export class GzipCache {
  /** @type {Map<string, CompressedBody>} insertion order is use order: a hit moves its entry to the end */
  #entries = new Map()
  #bytes = 0
  #budgetBytes

  /** @param {number} budgetBytes */
  constructor(budgetBytes) {
    this.#budgetBytes = budgetBytes
  }

  /** @param {string} key */
  get(key) {
    const value = this.#entries.get(key)
    if (value) {
      this.#entries.delete(key)
      this.#entries.set(key, value)
    }
    return value
  }

  /**
   * @param {string} key
   * @param {CompressedBody} value
   */
  set(key, value) {
    if (weight(key, value) > this.#budgetBytes) return
    const previous = this.#entries.get(key)
    if (previous) this.#bytes -= weight(key, previous)
    this.#entries.delete(key)
    this.#entries.set(key, value)
    this.#bytes += weight(key, value)
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#budgetBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= weight(oldest, entry)
    }
  }

  get bytes() {
    return this.#bytes
  }

  get size() {
    return this.#entries.size
  }
}
