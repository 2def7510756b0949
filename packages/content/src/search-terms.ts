// How a visitor's query becomes the search's terms, apart from the search's read (pages/search.ts) and
// without dependencies, so that the site's search form (in the header, which the client-side error
// page renders too) and its results page can share the limits and the words.

/** Longer queries are cut: a search box is for a few words, and each term is a pass over every text. */
export const searchLimits = { characters: 100, terms: 8, hitsPerType: 20 } as const

/**
 * The words of a visitor's query, lower-cased, each once: runs of letters and digits, so nothing a
 * visitor types is read as GROQ's own syntax (`*`, `-`, quotes). Empty for a query without words.
 */
export function searchTerms(query: string): string[] {
  const words = query
    .slice(0, searchLimits.characters)
    .toLocaleLowerCase('sv')
    .match(/[\p{L}\p{N}]+/gu)
  return [...new Set(words ?? [])].slice(0, searchLimits.terms)
}
