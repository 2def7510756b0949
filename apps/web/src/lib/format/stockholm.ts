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

const dateTimeParts = stockholmFormat({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
})

/**
 * An instant as ISO 8601 in Swedish local time with its offset ("2022-05-12T13:00:00+02:00"), for
 * machines that show the time as it falls where the event is (structured data).
 */
export function stockholmIsoString(iso: string): string {
  const parts = Object.fromEntries(
    dateTimeParts.formatToParts(parseInstant(iso)).map(({ type, value }) => [type, value]),
  )
  // "GMT+02:00"; plain "GMT" at offset zero, which Stockholm never has but the format allows.
  const offset = parts.timeZoneName?.replace('GMT', '').replace('−', '-') || '+00:00'
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}

/**
 * The first moment of a year in Sweden: midnight on 1 January, which is always winter time there
 * (CET, UTC+1), so the offset is fixed rather than looked up.
 */
export function stockholmNewYear(year: number): Date {
  return parseInstant(`${year}-01-01T00:00:00+01:00`)
}
