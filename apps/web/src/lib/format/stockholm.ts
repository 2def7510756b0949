// All dates on the site are shown as they fall in Sweden, whatever the server's time zone.
const locale = 'sv-SE'
const timeZone = 'Europe/Stockholm'

export function stockholmFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone })
}

export function parseInstant(iso: string): Date {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`)
  return date
}

const dayKey = stockholmFormat({ year: 'numeric', month: '2-digit', day: '2-digit' })

export function isSameStockholmDay(a: Date, b: Date): boolean {
  return dayKey.format(a) === dayKey.format(b)
}

const yearOnly = stockholmFormat({ year: 'numeric' })

/** The year an instant falls in, in Sweden (New Year's Eve 23.30 UTC is already next year there). */
export function stockholmYear(iso: string): number {
  return Number(yearOnly.format(parseInstant(iso)))
}

/**
 * The first moment of a year in Sweden: midnight on 1 January, which is always winter time there
 * (CET, UTC+1), so the offset is fixed rather than looked up.
 */
export function stockholmNewYear(year: number): Date {
  return parseInstant(`${year}-01-01T00:00:00+01:00`)
}
