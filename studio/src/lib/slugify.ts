export const SLUG_MAX_LENGTH = 96

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

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
