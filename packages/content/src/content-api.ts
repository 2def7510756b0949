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

export function createContentApi(source: ContentSource): ContentApi {
  const isAddress = addressGate(source)
  // An address's read answers null for an address the source cannot have: defineRead declares its
  // result nullable for that.
  const call =
    (read: Read<unknown[], unknown>) =>
    async (...args: unknown[]) =>
      read.address && !(await isAddress(read.address(...args))) ? null : runRead(read, source, ...args)
  // Built by a loop over the reads, which TypeScript cannot follow into the mapped type: the cast restates it.
  const calls = Object.entries(reads).map(([name, read]) => [name, call(read as Read<unknown[], unknown>)])
  return Object.fromEntries(calls) as ContentApi
}
