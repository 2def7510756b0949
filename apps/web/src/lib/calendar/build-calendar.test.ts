/** @jest-environment node */
import type { EventSummary } from '@bergslaget/content'
import { upcomingAndPast } from '@bergslaget/content/event-dates'
import { contentApiOver } from '@bergslaget/content/testing/rebuilt-site'

import { stockholmFormat } from '@/lib/format/stockholm'
import { calendarTestEvents, writeCalendarDataset } from '@/testing/calendar-dataset'
import { entryOf, parseCalendar, valueOf } from '@/testing/parse-calendar'

import { eventCalendar, feedCalendar, type ChangeTimes } from './build-calendar'
import { hasCalendarEntry } from './calendar-entry'
import { changeTimesOf } from './change-times'

// The bundled content with the calendar's test events, read through the site's own reads.
let eventsPage: { upcoming: EventSummary[]; past: EventSummary[] }
let changes: ChangeTimes
beforeAll(async () => {
  const content = contentApiOver(await writeCalendarDataset())
  const { upcoming, past } = upcomingAndPast(await content.listEventOrder(), new Date())
  const summaries = (events: { _id: string }[]) => content.getEventsPage(events.map(({ _id }) => _id))
  eventsPage = { upcoming: await summaries(upcoming), past: await summaries(past) }
  changes = changeTimesOf(await content.listSitePages())
})

const { upcoming, cancelled, unconfirmed } = calendarTestEvents
const uid = (id: string) => `${id}@localhost`

function summaryOf(id: string) {
  const event = [...eventsPage.upcoming, ...eventsPage.past].find((summary) => summary._id === id)
  if (!event || !hasCalendarEntry(event)) throw new Error(`${id} is no event with a fixed date`)
  return event
}

const inStockholm = stockholmFormat({ dateStyle: 'short', timeStyle: 'short' })

test('the feed holds the upcoming events with a fixed date, cancelled ones marked CANCELLED', () => {
  // The event known only by next year is upcoming, so the feed leaves it out by its date alone.
  expect(eventsPage.upcoming.map(({ _id }) => _id)).toContain(unconfirmed.id)

  const feed = parseCalendar(feedCalendar(eventsPage.upcoming, changes))

  expect(feed.calendar?.['WR-CALNAME']).toBe('Intresseföreningen Bergslagets evenemang')
  expect(feed.events.map((event) => event.uid).sort()).toEqual([uid(cancelled.id), uid(upcoming.id)].sort())
  expect(entryOf(feed, upcoming.id).status).toBe('CONFIRMED')
  expect(entryOf(feed, cancelled.id).status).toBe('CANCELLED')
})

test('no event without a fixed date gets an entry, whatever list it comes in', () => {
  const all: EventSummary[] = [...eventsPage.upcoming, ...eventsPage.past]
  const { events } = parseCalendar(feedCalendar(all, changes))

  const bundled = all.filter((event) => !Object.values(calendarTestEvents).some(({ id }) => id === event._id))
  expect(bundled.map(({ dateMode }) => dateMode)).toEqual(['unconfirmed'])
  expect(events).toHaveLength(all.filter(hasCalendarEntry).length)
  expect(events.map((event) => event.uid)).not.toContain(uid(unconfirmed.id))
  expect(events.map((event) => event.uid)).not.toContain(uid(bundled[0]?._id ?? ''))
})

test('an entry names the event, its place and its page, by absolute addresses', () => {
  const entry = entryOf(parseCalendar(eventCalendar(summaryOf(upcoming.id), changes)), upcoming.id)
  const page = 'http://localhost:3000/evenemang/kalender-kommande'

  expect(entry.summary).toBe(upcoming.title)
  expect(entry.location).toBe('Kulturhuset Tornet, Stora torget 1, Lindesberg')
  expect(valueOf(entry.url)).toBe(page)
  expect(entry.description).toBe(
    `Seminarium med Intresseföreningen Bergslaget.\n\nProgram och mer information: ${page}`,
  )
  const called = entryOf(parseCalendar(eventCalendar(summaryOf(cancelled.id), changes)), cancelled.id)
  expect(called.description).toMatch(/^Inställt\. Årsmöte med Intresseföreningen Bergslaget\./)
  expect(called.location).toBe('Fagersta')
})

test.each([
  ['postponed', 'Uppskjutet', 'Kulturhuset Tornet, Stora torget 1, Lindesberg'],
  ['movedOnline', 'Flyttat till webben', 'På webben'],
] as const)('an event %s says so first, and stays confirmed at its (new) date', (status, word, location) => {
  const entry = entryOf(
    parseCalendar(eventCalendar({ ...summaryOf(upcoming.id), status }, changes)),
    upcoming.id,
  )

  expect(entry.description).toMatch(new RegExp(`^${word}\\. Seminarium med Intresseföreningen Bergslaget\\.`))
  expect(entry.location).toBe(location)
  expect(entry.status).toBe('CONFIRMED')
})

test('the UID is the document id, so a renamed, retitled and moved event replaces its entry', () => {
  const event = summaryOf(upcoming.id)
  const edited = { ...event, slug: 'nytt-namn', title: 'Nytt namn', startsAt: '2031-01-01T09:00:00Z' }

  const before = entryOf(parseCalendar(eventCalendar(event, changes)), upcoming.id)
  const after = entryOf(parseCalendar(eventCalendar(edited, changes)), upcoming.id)

  expect(before.uid).toBe(uid(upcoming.id))
  expect(after.uid).toBe(before.uid)
  expect(valueOf(after.url)).toBe('http://localhost:3000/evenemang/nytt-namn')
})

test("DTSTAMP and LAST-MODIFIED are the document's last change, and SEQUENCE grows with it", () => {
  const event = summaryOf(upcoming.id)
  const entry = entryOf(parseCalendar(eventCalendar(event, changes)), upcoming.id)
  const later = new Map([[upcoming.id, '2026-12-01T10:00:00Z']])
  const changed = entryOf(parseCalendar(eventCalendar(event, later)), upcoming.id)

  expect(entry.dtstamp.getTime()).toBe(Date.parse(upcoming.changedAt))
  expect(entry.lastmodified?.getTime()).toBe(Date.parse(upcoming.changedAt))
  expect(changed.dtstamp.toISOString()).toBe('2026-12-01T10:00:00.000Z')
  expect(Number(changed.sequence)).toBeGreaterThan(Number(entry.sequence))
  expect(Number(entry.sequence)).toBeGreaterThan(0)
  expect(Number(entry.sequence)).toBeLessThan(2 ** 31)
})

test('without a known change time, the entry is stamped when the file is made', () => {
  const made = Date.now()
  const entry = entryOf(parseCalendar(eventCalendar(summaryOf(upcoming.id), new Map())), upcoming.id)
  // The file holds whole seconds.
  expect(entry.dtstamp.getTime()).toBeGreaterThanOrEqual(Math.floor(made / 1000) * 1000)
  expect(entry.dtstamp.getTime()).toBeLessThanOrEqual(Date.now())
})

test.each([
  ['beforeSpringSwitch', '2025-03-28 13:00', 'DTSTART:20250328T120000Z'],
  ['afterSpringSwitch', '2025-03-31 13:00', 'DTSTART:20250331T110000Z'],
  ['beforeAutumnSwitch', '2025-10-24 13:00', 'DTSTART:20251024T110000Z'],
  ['afterAutumnSwitch', '2025-10-27 13:00', 'DTSTART:20251027T120000Z'],
] as const)('%s starts at %s in Stockholm, written as the UTC instant', (name, local, line) => {
  const { id } = calendarTestEvents[name]
  const text = eventCalendar(summaryOf(id), changes)
  const entry = entryOf(parseCalendar(text), id)

  expect(text.split('\r\n')).toContain(line)
  expect(inStockholm.format(entry.start)).toBe(local)
  expect(inStockholm.format(entry.end)).toBe(`${local.slice(0, 11)}16:00`)
})

test('an event over the night summer time begins lasts eleven hours, 22.00 to 10.00 Stockholm time', () => {
  const { id } = calendarTestEvents.acrossSpringSwitch
  const text = eventCalendar(summaryOf(id), changes)
  const entry = entryOf(parseCalendar(text), id)

  expect(text.split('\r\n')).toEqual(
    expect.arrayContaining(['DTSTART:20250329T210000Z', 'DTEND:20250330T080000Z']),
  )
  expect(inStockholm.format(entry.start)).toBe('2025-03-29 22:00')
  expect(inStockholm.format(entry.end)).toBe('2025-03-30 10:00')
  expect((entry.end?.getTime() ?? 0) - entry.start.getTime()).toBe(11 * 3_600_000)
})
