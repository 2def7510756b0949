import * as vocabularies from './vocabularies'

const all = Object.entries(vocabularies)

describe.each(all)('%s', (_name, { terms }) => {
  it.each(terms.map((term) => [term.value, term] as const))(
    '%s has a visitor’s and an editor’s word',
    (_value, term) => {
      expect(term.visitor.trim()).not.toBe('')
      expect(term.editor.trim()).not.toBe('')
    },
  )

  it('stores each value once', () => {
    const values = terms.map((term) => term.value)
    expect(new Set(values).size).toBe(values.length)
  })

  // A plural read by one page for one value must be there for every value, or that page shows nothing.
  it('has a list heading for every value or for none', () => {
    const plurals = terms.map((term: { plural?: string }) => term.plural?.trim())
    expect(plurals.every(Boolean) || plurals.every((plural) => plural === undefined)).toBe(true)
  })
})
