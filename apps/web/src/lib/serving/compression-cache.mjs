// Plain ESM: server.mjs loads it before Next.js, outside Next's bundler.

/** @typedef {'br' | 'gzip'} Encoding */
/** @typedef {{ etag: string, encoded: Partial<Record<Encoding, Buffer>> }} CompressedBody */

/**
 * The compressed bodies and ETag of responses (compressed-responses.mjs) by their key: the page itself
 * for a page, the ETag for other bodies. An entry holds each encoding asked for (brotli for browsers,
 * gzip for the rest), each made once. Each entry weighs its encodings and its key, the least recently
 * used let go past a budget of bytes. At 20,000 documents the site has about 39,000 prerendered pages
 * of 5–10 KB compressed each: more than a server should hold for pages that are rarely asked for, while
 * the pages asked for most stay.
 */
/**
 * @param {string} key
 * @param {CompressedBody} value
 */
const weight = (key, value) =>
  Object.values(value.encoded).reduce((sum, bytes) => sum + bytes.length, key.length)

export class CompressionCache {
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
