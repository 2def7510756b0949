// What a search result shows of its text: the words the query found, marked, with a little of their
// context. Words are told apart as the search tells them (runs of letters and digits, content
// package's searchTerms), and a word is found when it begins with a term, as GROQ's `term*` matches.

/** A piece of text, marked when it is a word the query found. */
export interface TextPart {
  text: string
  match: boolean
}

const word = /[\p{L}\p{N}]+/gu

const isFound = (candidate: string, terms: readonly string[]) => {
  const lower = candidate.toLocaleLowerCase('sv')
  return terms.some((term) => lower.startsWith(term))
}

/** The text in parts, each found word a part of its own. Terms are lower-cased (searchTerms). */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = []
  let plain = 0
  for (const found of text.matchAll(word)) {
    if (!isFound(found[0], terms)) continue
    if (found.index > plain) parts.push({ text: text.slice(plain, found.index), match: false })
    parts.push({ text: found[0], match: true })
    plain = found.index + found[0].length
  }
  if (plain < text.length) parts.push({ text: text.slice(plain), match: false })
  return parts
}

/** Where the first found word is, or -1. */
function firstFound(text: string, terms: readonly string[]): number {
  for (const found of text.matchAll(word)) if (isFound(found[0], terms)) return found.index
  return -1
}

/**
 * About `length` characters of the text around its first found word (from its start when no word is
 * found: the title matched), cut between words, with an ellipsis where text was left out; marked.
 */
export function snippet(text: string, terms: readonly string[], length = 160): TextPart[] {
  const plain = text.replace(/\s+/g, ' ').trim()
  if (plain.length <= length) return highlight(plain, terms)
  const at = Math.max(firstFound(plain, terms), 0)
  // A third of the room before the word, so the reader sees what leads up to it.
  let start = Math.max(0, Math.min(at - Math.floor(length / 3), plain.length - length))
  if (start > 0) start = plain.indexOf(' ', start) + 1 || start
  let end = Math.min(plain.length, start + length)
  if (end < plain.length) end = plain.lastIndexOf(' ', end) > start ? plain.lastIndexOf(' ', end) : end
  const parts = highlight(plain.slice(start, end).trim(), terms)
  return [
    ...(start > 0 ? [{ text: '… ', match: false }] : []),
    ...parts,
    ...(end < plain.length ? [{ text: ' …', match: false }] : []),
  ]
}
