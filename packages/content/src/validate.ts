import { z } from 'zod'

/**
 * Where content enters the site. A bad document must never take a page down: a bad single document
 * becomes "not found", a bad list item is dropped, a bad detail of a document (its portrait, its
 * registration address) is dropped from that document, and each is logged with the id of the document
 * an editor has to open to fix it.
 *
 * Which fields are worth a whole document and which are details is decided by the schemas: a field
 * wrapped in documentOf or listOf may be dropped, any other field is required. Each routable type's
 * summary (fragments/summaries.ts) is the set it cannot do without; pages and lists only add droppable
 * fields to it, so "has a page" and "may be linked to" are one rule.
 */
export function reportInvalid(where: string, value: unknown, error: z.ZodError, owner?: string): void {
  const problems = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
  console.error(`[content] invalid ${where} ${describe(value, owner)} skipped: ${problems.join('; ')}`)
}

function describe(value: unknown, owner: string | undefined): string {
  const of = owner ? ` of ${owner}` : ''
  if (typeof value === 'object' && value !== null) {
    const { _id, _key } = value as Record<string, unknown>
    if (typeof _id === 'string') return _id
    if (typeof _key === 'string') return `item ${_key}${of}`
  }
  if (value === null) return `(missing reference)${of}`
  return owner ? `of ${owner}` : `(${typeof value})`
}

/**
 * A value that failed its schema inside a larger parse. zod parses synchronously, depth first, so the
 * outermost droppable value (a page, a list item) is still being parsed when an inner one fails: the
 * inner one is left in the output as this marker, and the outermost one, which sees the whole tree,
 * reports each marker with the id of the nearest document around it and removes it. So a broken
 * portrait is logged as the speaker's, a broken city as the organisation's, wherever it is read.
 */
class Dropped {
  constructor(
    readonly where: string,
    readonly value: unknown,
    readonly error: z.ZodError,
  ) {}
}

let parsing = 0
const skip = Symbol('skip')

function parseDroppable<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.output<S> | Dropped | typeof skip {
  parsing += 1
  let result: z.ZodSafeParseResult<z.output<S>>
  try {
    result = schema.safeParse(value)
  } finally {
    parsing -= 1
  }
  const outermost = parsing === 0
  if (result.success) return outermost ? (settle(result.data, undefined) as z.output<S>) : result.data
  const dropped = new Dropped(where, value, result.error)
  if (!outermost) return dropped
  reportInvalid(where, value, result.error)
  return skip
}

/** Reports and removes the markers in a parsed tree: a marker in an object becomes null, in a list it goes. */
function settle(node: unknown, owner: string | undefined): unknown {
  if (node instanceof Dropped) {
    reportInvalid(node.where, node.value, node.error, owner)
    return null
  }
  if (Array.isArray(node)) {
    return node.flatMap((item) => {
      if (!(item instanceof Dropped)) return [settle(item, owner)]
      reportInvalid(item.where, item.value, item.error, owner)
      return []
    })
  }
  if (typeof node !== 'object' || node === null || Object.getPrototypeOf(node) !== Object.prototype)
    return node
  const { _id } = node as { _id?: unknown }
  const inside = typeof _id === 'string' ? _id : owner
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, settle(value, inside)]))
}

/**
 * A single document or object that may be absent: anything invalid is reported and treated as absent.
 * Inside another document it is a detail that may be dropped without the document. Its declared input
 * stays the schema's input so TypeGen's result types can still be checked against it.
 */
export function documentOf<S extends z.ZodType>(schema: S, where: string) {
  const optional = z.unknown().transform((value) => {
    if (value === null || value === undefined) return null
    const parsed = parseDroppable(schema, value, where)
    return parsed === skip ? null : parsed
  })
  return optional as unknown as z.ZodType<z.output<S> | null, z.input<S> | null>
}

const anArray = z.array(z.unknown())

/**
 * An array whose invalid items are dropped (and reported) instead of failing the whole result. A missing
 * array (GROQ gives null for an unset field) is an empty list, and so is anything else that is not an
 * array (reported as a whole): a list is a detail of the document that holds it.
 */
export function listOf<S extends z.ZodType>(item: S, where: string) {
  const list = z.unknown().transform((items) => {
    if (items === null || items === undefined) return []
    if (!Array.isArray(items)) {
      const dropped = parseDroppable(anArray, items, `${where} list`)
      return dropped instanceof Dropped ? [dropped] : []
    }
    return items.flatMap((value) => {
      const parsed = parseDroppable(item, value, where)
      return parsed === skip ? [] : [parsed]
    })
  })
  // As in documentOf: the transform reads unknown items, the declared input stays the item's input.
  return list as unknown as z.ZodType<z.output<S>[], z.input<S>[] | null>
}

type Present<T> = Exclude<T, null | undefined>

/** Every key of any member of a union (keyof a union gives only the keys all members share). */
type AnyKeyOf<T> = T extends unknown ? keyof T : never

/** The type of `Key` in whichever members of a union have it. */
type PropertyOf<T, Key extends PropertyKey> = T extends unknown
  ? Key extends keyof T
    ? T[Key]
    : never
  : never

type ItemOf<T> = T extends readonly (infer Item)[] ? Item : never

/**
 * The paths (`.talks[].roles`) of the keys a query's result `Result` has and a schema's input `Input`
 * lacks: keys zod would strip without a word. Followed through arrays, nulls and unions (a member of a
 * result union may use a key of any member of the input's); it stops where the input is `unknown`, as
 * past a transform that reads unknown values or at an index signature (a loose object keeps every key).
 */
export type DroppedKeys<Result, Input, Path extends string = ''> = unknown extends Input
  ? never
  : Result extends readonly (infer Item)[]
    ? DroppedKeys<Item, ItemOf<Present<Input>>, `${Path}[]`>
    : Result extends object
      ? {
          [Key in keyof Result & string]: Key extends AnyKeyOf<Present<Input>>
            ? DroppedKeys<Result[Key], PropertyOf<Present<Input>, Key>, `${Path}.${Key}`>
            : `${Path}.${Key}`
        }[keyof Result & string]
      : never

/** Compiles only when nothing the query projects is dropped; the error names the dropped keys. */
type KeepsEveryKey<Result, Input> = [DroppedKeys<Result, Input>] extends [never]
  ? unknown
  : { 'keys the query projects and the schema drops': DroppedKeys<Result, Input> }

/**
 * Ties a zod schema to the result type Sanity TypeGen generated for the same query: the call fails to
 * compile when the schema would reject a shape the query can legally return, and when it would strip a
 * key the query projects (zod drops unknown keys silently: a field added to a query and forgotten in
 * its schema would never reach the site).
 */
export function resultOf<TGenerated>() {
  return <S extends z.ZodType>(
    schema: S & (TGenerated extends z.input<S> ? unknown : never) & KeepsEveryKey<TGenerated, z.input<S>>,
  ): S => schema
}
