import { parseInstant, stockholmFormat } from './stockholm'

const date = stockholmFormat({ day: 'numeric', month: 'long', year: 'numeric' })
const weekdayDate = stockholmFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const monthYear = stockholmFormat({ month: 'long', year: 'numeric' })

/** "12 maj 2022" */
export function formatDate(iso: string): string {
  return date.format(parseInstant(iso))
}

/** "tisdag 12 maj 2026" */
export function formatWeekdayDate(iso: string): string {
  return weekdayDate.format(parseInstant(iso))
}

/** "maj 2027"; month is 1–12. */
export function formatMonthYear(year: number, month: number): string {
  // Noon UTC mid-month falls in the same month in Stockholm.
  return monthYear.format(new Date(Date.UTC(year, month - 1, 15, 12)))
}
