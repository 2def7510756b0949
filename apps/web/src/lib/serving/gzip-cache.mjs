// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/**
 * The gzip of response bodies by their hash (compressed-responses.mjs), the least recently used let go
 * past a budget of bytes. At 20,000 documents the site has about 39,000 prerendered pages of 5–10 KB
 * gzip each: more than a server should hold for pages that are rarely asked for, while the pages asked
 * for most stay.
 */
export class GzipCache {
  /** @type {Map<string, Buffer>} insertion order is use order: a hit moves its entry to the end */
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
   * @param {Buffer} value
   */
  set(key, value) {
    if (value.length > this.#budgetBytes) return
    const previous = this.#entries.get(key)
    if (previous) this.#bytes -= previous.length
    this.#entries.delete(key)
    this.#entries.set(key, value)
    this.#bytes += value.length
    for (const [oldest, { length }] of this.#entries) {
      if (this.#bytes <= this.#budgetBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= length
    }
  }

  get bytes() {
    return this.#bytes
  }

  get size() {
    return this.#entries.size
  }
}
