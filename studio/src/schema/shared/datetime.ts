/** Editors think in Swedish time; values are still stored as UTC ISO strings. */
export const STOCKHOLM_DATETIME_OPTIONS = { displayTimeZone: 'Europe/Stockholm' }

/** Validation of a datetime that must come after another field of the same object. */
export function isAfter(later: string | undefined, earlier: unknown): boolean {
  if (!later || typeof earlier !== 'string') return true
  return new Date(later).getTime() > new Date(earlier).getTime()
}
