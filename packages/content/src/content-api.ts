import { addressTag, listAddresses } from './pages/addresses'
import { runRead, type Read } from './read'
import { pageReads, reads } from './reads'
import type { ContentSource } from './source/content-source'

/** The function that runs a read, as the site calls it. */
type Call<R> = R extends Read<infer Args, infer Result> ? (...args: Args) => Promise<Result> : never

type Calls<Reads> = { [Name in keyof Reads]: Call<Reads[Name]> }

/**
 * Everything the site may ask for (reads.ts), one function per use, bound to one source. Each read
 * carries the cache tags of what it shows, so a webhook can refresh exactly the pages a change touches.
 */
export type ContentApi = Calls<typeof reads>

/** The reads a page renders with, which draft preview answers from drafts (reads.ts). */
export type PageContentApi = Calls<typeof pageReads>

export const pageReadNames = Object.keys(pageReads) as (keyof PageContentApi)[]

/**
 * Whether a page or redirect read for an address (named by its cache tag) may run. The bundled dataset
 * changes only with a new build, so its addresses are read once per process and an address it lacks is
 * "not found" without a query: detail routes render unknown slugs on demand (hosted content grows
 * between builds), and a stream of made-up slugs must not turn into a stream of dataset scans.
 * Everything is allowed in hosted mode, where a slug unknown at build may have been published since.
 */
function addressGate(source: ContentSource): (tag: string) => Promise<boolean> {
  if (source.kind !== 'embedded') return async () => true
  // The gate's own read belongs to no page, so it carries no cache tags.
  const untagged: ContentSource = { kind: source.kind, fetch: (query, params) => source.fetch(query, params) }
  let known: Promise<Set<string>> | undefined
  return async (tag) => {
    known ??= runRead(listAddresses, untagged).then((addresses) => new Set(addresses.map(addressTag)))
    return (await known).has(tag)
  }
}

/**
 * Whether a call's result may be kept for the life of the process: the bundled dataset changes only with
 * a new build, so a read without arguments answers the same every time: none asks the clock (a test
 * holds them to it), since "upcoming" is split from a list's order at each render. A build asks such
 * reads once per page (every share image and
 * calendar file reads the sitemap's list of pages), which at thousands of documents would be a scan of
 * the whole dataset per page. Reads with arguments are not kept: a visitor's search would grow the store
 * without bound.
 */
function keepsResult(source: ContentSource, read: Read<unknown[], unknown>, args: unknown[]): boolean {
  return source.kind === 'embedded' && args.length === 0
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}

export function createContentApi(source: ContentSource): ContentApi {
  const isAddress = addressGate(source)
  const kept = new Map<Read<unknown[], unknown>, Promise<unknown>>()
  const run = (read: Read<unknown[], unknown>, args: unknown[]) => {
    if (!keepsResult(source, read, args)) return runRead(read, source, ...args)
    let result = kept.get(read)
    if (!result) {
      // Frozen, since every caller now shares it; a failed read is tried again by the next call.
      result = runRead(read, source).then(deepFreeze)
      result.catch(() => kept.delete(read))
      kept.set(read, result)
    }
    return result
  }
  // An address's read answers null for an address the source cannot have: defineRead declares its
  // result nullable for that.
  const call =
    (read: Read<unknown[], unknown>) =>
    async (...args: unknown[]) =>
      read.address && !(await isAddress(read.address(...args))) ? null : run(read, args)
  // Built by a loop over the reads, which TypeScript cannot follow into the mapped type: the cast restates it.
  const calls = Object.entries(reads).map(([name, read]) => [name, call(read as Read<unknown[], unknown>)])
  return Object.fromEntries(calls) as ContentApi
}
