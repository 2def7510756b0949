// Next.js's own file-system cache of prerendered and regenerated pages, with each page's HTML given
// the policy of its inline scripts (src/lib/security/inline-script-policy.mjs) and its first frame held
// until its <main> is parsed (src/lib/serving/main-in-first-frame.mjs) on its way in and out:
// `set` for a page rendered at run time (a publish, the hourly rebuild of lists, a first visit),
// `get` for the pages the build prerendered, which Next reads from its output without a `set`.
// server.mjs installs it (installPageCache) before Next.js starts.
import { createRequire } from 'node:module'

import { withInlineScriptPolicy } from './src/lib/security/inline-script-policy.mjs'
import { withMainInFirstFrame } from './src/lib/serving/main-in-first-frame.mjs'

// Next's module is CommonJS with its class on `default`, which an ESM default import would wrap once more.
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = createRequire(import.meta.url)(
  'next/dist/server/lib/incremental-cache/file-system-cache.js',
).default

/**
 * @param {unknown} value
 * @returns {value is { kind: 'APP_PAGE', html: string }}
 */
const isPage = (value) =>
  typeof value === 'object' &&
  value !== null &&
  'kind' in value &&
  value.kind === 'APP_PAGE' &&
  'html' in value &&
  typeof value.html === 'string'

/** @param {string} html */
const asServed = (html) => withMainInFirstFrame(withInlineScriptPolicy(html))

class ServedPageCache extends FileSystemCache {
  /**
   * @override
   * @param {Parameters<InstanceType<typeof FileSystemCache>['get']>} args
   */
  async get(...args) {
    const entry = await super.get(...args)
    if (isPage(entry?.value)) entry.value.html = asServed(entry.value.html)
    return entry
  }

  /**
   * @override
   * @param {Parameters<InstanceType<typeof FileSystemCache>['set']>} args
   */
  async set(...args) {
    const [key, data, ctx] = args
    if (!isPage(data)) return super.set(key, data, ctx)
    data.html = asServed(data.html)
    if (!('status' in data) || data.status !== 404) return super.set(key, data, ctx)
    // A 404 (an address no document has: a guess, a scanner's millionth) is kept in Next's bounded
    // memory cache only, where its tags still clear it: on disk, each wrote 50 KB, a disk to fill with
    // made-up addresses. Next reads the flag before its first await: it is back before anything else runs.
    // (Reflect: `flushToDisk` is private to Next's class in its types, a plain field at run time.)
    const flushToDisk = Reflect.get(this, 'flushToDisk')
    Reflect.set(this, 'flushToDisk', false)
    const stored = super.set(key, data, ctx)
    Reflect.set(this, 'flushToDisk', flushToDisk)
    return stored
  }
}

/**
 * Makes ServedPageCache the cache of the Next.js server started after this in the process.
 * Not next.config's `cacheHandler`: Next 16.4.6 `import()`s a configured handler again on every request
 * (next-server.js, getIncrementalCache), which cost 10–14 % of a prerendered page's requests per second
 * (the report: 1,461–1,487 with it, 1,623–1,675 without, autocannon at 50 connections, Node 20 and 22).
 * Next's IncrementalCache takes, when none is configured, the handler a host puts on this global symbol
 * (as Vercel's runtime does), constructed per request like a configured one. If an upgrade stops
 * reading it, the pages lose their inline-script policy and e2e/inline-script-policy.test.ts fails.
 */
export function installPageCache() {
  Reflect.set(globalThis, Symbol.for('@next/cache-handlers'), { FetchCache: ServedPageCache })
}
