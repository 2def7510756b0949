/** A value the Studio stores, and the Swedish words each audience reads for it. */
export interface Term {
  readonly value: string
  /** The visitor's word on the site, e.g. a card's kicker. */
  readonly visitor: string
  /** The editor's word in the Studio: the choice in the form and the document's preview. */
  readonly editor: string
  /** The heading over a list of this kind, on the site and in the Studio's structure alike. */
  readonly plural?: string
}

type Terms = readonly [Term, ...Term[]]

type ValuesOf<T extends Terms> = {
  readonly [Index in keyof T]: T[Index] extends Term ? T[Index]['value'] : never
}

type Labels<Value extends string> = Readonly<Record<Value, string>>

/** List headings only where every term has one: a plural missing for a value fails to compile where read. */
type Plurals<T extends Terms> = T[number] extends { readonly plural: string }
  ? { readonly plural: Labels<T[number]['value']> }
  : unknown

export type Vocabulary<T extends Terms> = {
  readonly terms: T
  /** The stored values in the editors' order, as a tuple for `z.enum`. */
  readonly values: ValuesOf<T>
  readonly visitor: Labels<T[number]['value']>
  readonly editor: Labels<T[number]['value']>
  /** The Studio's `options.list`; a fresh mutable array, as Sanity's type for it asks. */
  readonly options: { title: string; value: T[number]['value'] }[]
} & Plurals<T>

// The casts below restate what the map over `terms` builds; TypeScript cannot follow a value through
// Object.fromEntries or a tuple through Array.map.
const labelsOf = <T extends Terms>(terms: T, word: (term: T[number]) => string) =>
  Object.fromEntries(terms.map((term) => [term.value, word(term)])) as Labels<T[number]['value']>

/** A vocabulary from its terms, written once; every list and label map is derived from them. */
export function vocabulary<const T extends Terms>(terms: T): Vocabulary<T> {
  const plurals = terms.every((term) => term.plural !== undefined)
  return {
    terms,
    values: terms.map((term) => term.value) as unknown as ValuesOf<T>,
    visitor: labelsOf(terms, (term) => term.visitor),
    editor: labelsOf(terms, (term) => term.editor),
    options: terms.map((term) => ({ title: term.editor, value: term.value })),
    ...(plurals ? { plural: labelsOf(terms, (term) => term.plural ?? '') } : {}),
  } as Vocabulary<T>
}
