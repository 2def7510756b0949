import { compareSwedish } from '@bergslaget/content'

import type { ListGroup } from '@/lib/pagination/grouped-list'

/** The Swedish alphabet: Å, Ä and Ö are letters of their own, after Z. */
const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ']

/** The group of names that start with no letter of the alphabet (a digit, a quotation mark, Þ). */
const others: ListGroup = { id: 'ovriga', heading: 'Övriga' }

/**
 * Each first character's letter, as Swedish collation sees it: é is an E, ü a Y, ø an Ö, and lower-case
 * the same letter. Asked of the collator once per character, since a list asks for thousands of names.
 */
const letterOf = new Map<string, string | null>()

/** The letter a name is listed under, or null when its first character is none of A–Ö. */
export function initialOf(name: string): string | null {
  const first = String.fromCodePoint(name.trim().codePointAt(0) ?? 0)
  let letter = letterOf.get(first)
  if (letter === undefined) {
    letter = alphabet.find((candidate) => compareSwedish(first, candidate) === 0) ?? null
    letterOf.set(first, letter)
  }
  return letter
}

/** The group of a name: its letter (`bokstav-å`, heading "Å"), or the others. */
export function initialGroup({ name }: { name: string }): ListGroup {
  const letter = initialOf(name)
  return letter ? { id: `bokstav-${letter.toLowerCase()}`, heading: letter } : others
}

const rank = (name: string) => {
  const letter = initialOf(name)
  return letter ? alphabet.indexOf(letter) : alphabet.length
}

/**
 * Names A–Ö as the content layer sorts them (Swedish order), the others after Ö, so that each group's
 * names come together. Swedish order already puts each letter's names together and digits first; only
 * the others move (a name with a first character of no letter may sort anywhere).
 */
export function byInitial<T extends { name: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, rank: rank(item.name) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item)
}
