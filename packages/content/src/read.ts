import type { z } from 'zod'

import type { ContentSource, FetchOptions, QueryParams } from './source/content-source'

/**
 * One read of the content API, declared once beside its query (pages/*.ts): the query and how the
 * read's arguments become its params, the cache tags of what it shows, the schema its result must pass
 * and what the site gets of the parsed result. reads.ts lists the declarations; the content API and the
 * site's draft-aware page reads are both derived from that list, so neither names a read again.
 */
export interface Read<Args extends unknown[], Result> {
  readonly query: string
  readonly params: (...args: Args) => QueryParams
  /** The cache tags of what the result shows (cache-tags.ts). */
  readonly tags: (...args: Args) => string[]
  /** FetchOptions' `keep`: for the read every page shares. */
  readonly keep: boolean
  /**
   * An address's read (the page of one document, or where its old address leads): the tag that names
   * the address, which is also the read's only cache tag. The API runs it only for an address the
   * source may have (content-api.ts), and answers null for any other.
   */
  readonly address: ((...args: Args) => string) | null
  readonly schema: z.ZodType
  /** What the site gets of the parsed result (the arguments are there for a read that compares). */
  readonly shape: (parsed: unknown, args: Args) => Result
}

interface QueryDeclaration<Args extends unknown[], Parsed, Result> {
  query: string
  /** The query's parameters for the read's arguments; a read without arguments has none. */
  params?: (...args: Args) => QueryParams
  /** The parsed result as the site gets it, when that is not the parsed result itself. */
  then?: (parsed: Parsed, ...args: Args) => Result
  schema: z.ZodType<Parsed>
}

/** A read of what lists and the parts pages share show: the same cache tags whatever its arguments. */
interface FixedTagsDeclaration<Args extends unknown[], Parsed, Result> extends QueryDeclaration<
  Args,
  Parsed,
  Result
> {
  tags: string[]
  keep?: boolean
}

/** A read of one address: see Read's `address`. */
interface AddressDeclaration<Args extends unknown[], Parsed, Result> extends QueryDeclaration<
  Args,
  Parsed,
  Result
> {
  address: (...args: Args) => string
}

export function defineRead<Args extends unknown[] = [], Parsed = unknown, Result = Parsed>(
  declaration: AddressDeclaration<Args, Parsed, Result>,
): Read<Args, Result | null>
export function defineRead<Args extends unknown[] = [], Parsed = unknown, Result = Parsed>(
  declaration: FixedTagsDeclaration<Args, Parsed, Result>,
): Read<Args, Result>
export function defineRead<Args extends unknown[], Parsed, Result>(
  declaration: AddressDeclaration<Args, Parsed, Result> | FixedTagsDeclaration<Args, Parsed, Result>,
): Read<Args, Result> {
  const { query, params = () => ({}), schema, then } = declaration
  const address = 'address' in declaration ? declaration.address : null
  return {
    query,
    params,
    tags: address
      ? (...args) => [address(...args)]
      : () => (declaration as FixedTagsDeclaration<Args, Parsed, Result>).tags,
    keep: 'keep' in declaration && declaration.keep === true,
    address,
    schema,
    // Without `then` the result is the parsed value itself (Result defaults to Parsed).
    shape: (parsed, args) => (then ? then(parsed as Parsed, ...args) : (parsed as Result)),
  }
}

/**
 * A read of another read's result, with its query, tags and gate: the pages that exist are those the
 * list page lists, by the same summary. Only for reads whose arguments may all be left out.
 */
export function deriveRead<Base, Result>(
  base: Read<[], Base>,
  then: (result: Base) => Result,
): Read<[], Result> {
  return { ...base, shape: (parsed, args) => then(base.shape(parsed, args)) }
}

/** Runs a read against a source, with its cache tags (no address gate: content-api.ts adds that). */
export async function runRead<Args extends unknown[], Result>(
  read: Read<Args, Result>,
  source: ContentSource,
  ...args: Args
): Promise<Result> {
  const options: FetchOptions = { tags: read.tags(...args), ...(read.keep ? { keep: true } : {}) }
  return read.shape(read.schema.parse(await source.fetch(read.query, read.params(...args), options)), args)
}
