import { searchLimits, searchTerms } from './search-terms'

describe('searchTerms', () => {
  it('takes the words, lower-cased, each once, with å, ä and ö as they are', () => {
    expect(searchTerms('  Borlänge KOMMUN borlänge  ')).toEqual(['borlänge', 'kommun'])
    expect(searchTerms('Nyström, Göran!')).toEqual(['nyström', 'göran'])
  })

  it('reads nothing as GROQ syntax: wildcards, quotes and minus signs only separate words', () => {
    expect(searchTerms('"ovako*" -hofors $query')).toEqual(['ovako', 'hofors', 'query'])
    expect(searchTerms('*')).toEqual([])
  })

  it('has no terms for a query without words', () => {
    expect(searchTerms('')).toEqual([])
    expect(searchTerms('   – ,.! ')).toEqual([])
  })

  it(`cuts a long query at ${searchLimits.characters} characters and ${searchLimits.terms} words`, () => {
    expect(searchTerms('ord '.repeat(3) + 'a b c d e f g h i j')).toEqual([
      'ord',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
    ])
    expect(searchTerms('x'.repeat(99) + 'yz')).toEqual(['x'.repeat(99) + 'y'])
  })
})
