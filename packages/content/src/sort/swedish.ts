/**
 * Swedish alphabetical order (… X Y Z Å Ä Ö). GROQ's `order()` compares code points, which puts Å, Ä
 * and Ö in the wrong order (Ä before Å) and lower-case after upper-case, so lists shown A–Ö are
 * sorted here instead.
 */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true })

export function compareSwedish(a: string, b: string): number {
  return collator.compare(a, b)
}

/** A sorted copy, A–Ö by the given name. */
export function sortBySwedishName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareSwedish(a.name, b.name))
}
