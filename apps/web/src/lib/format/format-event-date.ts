import type { EventDate } from '@bergslaget/content'

import { formatMonthYear, formatWeekdayDate } from './format-date'
import { formatTime } from './format-time'
import { isSameStockholmDay, parseInstant } from './stockholm'

/**
 * "tisdag 12 maj 2026 kl. 13.00–16.00"; over midnight "fredag 29 maj 2026 kl. 22.00 – lördag 30 maj 2026
 * kl. 02.00"; not yet fixed "2027" or "maj 2027, datum meddelas senare".
 */
export function formatEventDate(event: EventDate): string {
  if (event.dateMode === 'unconfirmed') {
    return event.month
      ? `${formatMonthYear(event.year, event.month)}, datum meddelas senare`
      : String(event.year)
  }
  const start = `${formatWeekdayDate(event.startsAt)} kl. ${formatTime(event.startsAt)}`
  if (event.endsAt === event.startsAt) return start
  if (isSameStockholmDay(parseInstant(event.startsAt), parseInstant(event.endsAt))) {
    return `${start}–${formatTime(event.endsAt)}`
  }
  return `${start} – ${formatWeekdayDate(event.endsAt)} kl. ${formatTime(event.endsAt)}`
}
