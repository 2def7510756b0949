import { z } from 'zod'

/**
 * Where content enters the site. A bad document must never take a page down: a bad single document
 * becomes "not found", a bad list item is dropped, and both are logged with the document's id so an
 * editor can be told what to fix.
 */
export function reportInvalid(where: string, value: unknown, error: z.ZodError): void {
  const problems = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
  console.error(`[content] invalid ${where} ${describe(value)} skipped: ${problems.join('; ')}`)
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const { _id, _key } = value as Record<string, unknown>
    if (typeof _id === 'string') return _id
    if (typeof _key === 'string') return `item ${_key}`
  }
  return value === null ? '(missing reference)' : `(${typeof value})`
}

/**
 * A single document or object that may be absent: anything invalid is reported and treated as absent.
 * Its declared input stays the schema's input so TypeGen's result types can still be checked against it.
 */
export function documentOf<S extends z.ZodType>(schema: S, where: string) {
  const optional = z.unknown().transform((value) => {
    if (value === null || value === undefined) return null
    const result = schema.safeParse(value)
    if (result.success) return result.data
    reportInvalid(where, value, result.error)
    return null
  })
  return optional as unknown as z.ZodType<z.output<S> | null, z.input<S> | null>
}

/**
 * An array whose invalid items are dropped (and reported) instead of failing the whole result. A missing
 * array (GROQ gives null for an unset field) is an empty list.
 */
export function listOf<S extends z.ZodType>(item: S, where: string) {
  const list = z
    .array(z.unknown())
    .nullable()
    .transform((items) => (items ?? []).flatMap((value) => parseItem(item, value, where)))
  // As in documentOf: the transform reads unknown items, the declared input stays the item's input.
  return list as unknown as z.ZodType<z.output<S>[], z.input<S>[] | null>
}

function parseItem<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S>[] {
  const result = schema.safeParse(value)
  if (result.success) return [result.data]
  reportInvalid(where, value, result.error)
  return []
}

/**
 * Ties a zod schema to the result type Sanity TypeGen generated for the same query: the call fails to
 * compile when the schema would reject a shape the query can legally return.
 */
export function resultOf<TGenerated>() {
  return <S extends z.ZodType>(schema: S & (TGenerated extends z.input<S> ? unknown : never)): S => schema
}
