interface FocusArea {
  period: string
}

/** The years a period such as "2022–2023", "2022-2023" or "2024" covers; null when none can be read. */
export function periodYears(period: string): { from: number; to: number } | null {
  const years = period.match(/\d{4}/g)?.map(Number)
  if (!years?.length) return null
  return { from: Math.min(...years), to: Math.max(...years) }
}

/**
 * The focus area for the given year: the one whose period covers it, else the most recent one (so the
 * home page still says what the association last worked on, marked as not current).
 */
export function currentFocusArea<T extends FocusArea>(
  areas: T[],
  year: number,
): { area: T; current: boolean } | null {
  let latest: { area: T; to: number } | null = null
  for (const area of areas) {
    const years = periodYears(area.period)
    if (!years) continue
    if (years.from <= year && year <= years.to) return { area, current: true }
    if (!latest || years.to > latest.to) latest = { area, to: years.to }
  }
  return latest && { area: latest.area, current: false }
}
