/**
 * Swedish alphabetical order (… X Y Z Å Ä Ö). GROQ's `order()` compares code points, which puts Å, Ä
 * and Ö in the wrong order (Ä before Å) and lower-case after upper-case, so lists shown A–Ö are
 * sorted here instead.
 */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true })

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b)
}

/** Strings by their characters' codes, as GROQ's `order()` compares them: for ids and date keys. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A sorted copy, A–Ö by the given name; equal names by id, so that a list split into pages orders them
 * the same way every time.
 */
export function sortBySwedishName<T extends { _id: string; name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareSwedish(a.name, b.name) || compareCodePoints(a._id, b._id))
}
