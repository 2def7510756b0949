import { SLUG_MAX_LENGTH } from '@bergslaget/content/slug'

// The slug rule itself (pattern, length, reserved slugs) is the site's (@bergslaget/content/slug), so
// the Studio accepts exactly the slugs the site can route; this only makes one from a name.

const SWEDISH_LETTERS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e' }

/** Swedish-aware slug as the content model specifies: "Västerås & Örebro" → "vasteras-och-orebro". */
export function slugify(input: string): string {
  return (
    input
      // NFC first so a decomposed "a" + ring (as macOS pastes it) still counts as "å".
      .normalize('NFC')
      .toLowerCase()
      .replace(/[åäöé]/g, (letter) => SWEDISH_LETTERS[letter] ?? letter)
      .replace(/&/g, ' och ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, SLUG_MAX_LENGTH)
      .replace(/-+$/, '')
  )
}
