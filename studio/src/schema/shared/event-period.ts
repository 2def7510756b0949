import { formatDate, monthName } from '../../lib/format'

/** An event's date fields as stored; any may be missing while an editor is still writing. */
export interface EventDates {
  dateMode?: string | null
  startsAt?: string | null
  endsAt?: string | null
  year?: number | null
  month?: number | null
}

/**
 * The same key the site uses to decide whether an event is upcoming (`isUpcoming` in
 * packages/content/src/fragments/event-date-keys.ts), so "tidigare" in the Studio means what the
 * site shows as past: the end, else the start, else "2027-05-99" / "2027-99" for an unconfirmed
 * date, which sorts after every instant of that month or year.
 */
export function eventEndKey(event: EventDates): string | undefined {
  if (event.endsAt) return event.endsAt
  if (event.startsAt) return event.startsAt
  if (typeof event.year !== 'number') return undefined
  const month = event.month && event.month >= 1 ? `-${String(event.month).padStart(2, '0')}-99` : '-99'
  return `${event.year}${month}`
}

/** True once the event is over; an event without any date has not ended. */
export function hasEnded(event: EventDates, now: Date): boolean {
  const key = eventEndKey(event)
  return key !== undefined && key < now.toISOString()
}

const stockholmYearMonth = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
})

function yearAndMonth(instant: Date): { year: number; month: number } {
  const parts = Object.fromEntries(
    stockholmYearMonth.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  )
  return { year: parts.year ?? Number.NaN, month: parts.month ?? Number.NaN }
}

/**
 * Whether an instant lies within the event: between start and end of a fixed event, or in the
 * year (and month, if known) of an unconfirmed one, in Swedish time. Undefined when the event's
 * dates are not filled in, so nothing is claimed about an unfinished event.
 */
export function isWithinEvent(instant: string, event: EventDates): boolean | undefined {
  const time = new Date(instant)
  if (Number.isNaN(time.getTime())) return undefined
  if (event.dateMode === 'fixed') {
    if (!event.startsAt || !event.endsAt) return undefined
    return time >= new Date(event.startsAt) && time <= new Date(event.endsAt)
  }
  if (event.dateMode === 'unconfirmed' && typeof event.year === 'number') {
    const local = yearAndMonth(time)
    return local.year === event.year && (!event.month || local.month === event.month)
  }
  return undefined
}

/** "23 apr. 2026" or "23 apr. 2026 – 24 apr. 2026" or "maj 2027", for validation messages. */
export function eventPeriodLabel(event: EventDates): string {
  if (event.dateMode === 'unconfirmed') {
    return `${event.month ? `${monthName(event.month)} ` : ''}${event.year ?? ''}`.trim()
  }
  const start = formatDate(event.startsAt ?? undefined)
  const end = formatDate(event.endsAt ?? undefined)
  return start === end || !end ? (start ?? '') : `${start} – ${end}`
}
