import type { EventSummary } from '@bergslaget/content'
import { hasChangedPlans } from '@bergslaget/content/event-plans'
import { eventKinds, eventStatuses } from '@bergslaget/content/vocabularies'
import ical, { ICalEventStatus, type ICalCalendarData } from 'ical-generator'

import { siteEnv } from '@/env'
import { absoluteUrl } from '@/lib/absolute-url'
import { venueAddress } from '@/lib/events/venue-address'
import { siteName } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

import { hasCalendarEntry, type CalendarEvent } from './calendar-entry'

// Times are written as UTC instants (`DTSTART:20270329T110000Z`), not as Stockholm local times with a
// TZID: an instant means the same in every client and needs no VTIMEZONE, which ical-generator only
// writes through an extra package, and which would copy Sweden's daylight-saving rules into our files.
// Clients show the instant in their own time zone, which for a visitor in Sweden is Stockholm time on
// either side of a daylight-saving switch. (Given a time zone and plain Date values, ical-generator 10
// writes the server's local clock time with no zone at all: a floating time, read as the client's own.)

/** When each document last changed, by `_id`. */
export type ChangeTimes = ReadonlyMap<string, string>

type DatedEvent = CalendarEvent<EventSummary>

/**
 * SEQUENCE must grow with each change for a client that compares it (RFC 5545, 3.8.7.4) to take a
 * downloaded file as an update of the entry it already has. The content keeps no revision number, but a
 * document's last change time only grows: its seconds since 2020 stay within the signed 32-bit integer
 * clients read SEQUENCE into until 2088.
 */
const sequenceEpoch = Date.parse('2020-01-01T00:00:00Z')
const sequenceOf = (changedAt: Date) => Math.max(0, Math.floor((changedAt.getTime() - sequenceEpoch) / 1000))

/** Opens with what changed ("Inställt.", "Uppskjutet.", "Flyttat till webben."), if anything did. */
function description(event: DatedEvent, url: string): string {
  const changed = hasChangedPlans(event.status) ? `${eventStatuses.visitor[event.status]}. ` : ''
  return `${changed}${eventKinds.visitor[event.kind]} med ${siteName}.\n\nProgram och mer information: ${url}`
}

/** An event moved online is on the web, wherever its venue was. */
const locationOf = (event: DatedEvent) =>
  event.status === 'movedOnline' ? 'På webben' : venueAddress(event.venue) || null

/**
 * A calendar of the events given that have a fixed date. The UID is the document's id, so an edit, a
 * new slug or a cancellation replaces the entry a visitor has instead of adding one. DTSTAMP and
 * LAST-MODIFIED are the document's last change (RFC 5545: without METHOD, DTSTAMP is when the entry
 * was last revised); the time the file is made only when that is unknown.
 */
function buildCalendar(
  settings: ICalCalendarData,
  events: readonly EventSummary[],
  changes: ChangeTimes,
): string {
  const calendar = ical({
    prodId: { company: siteName, product: 'Evenemang', language: 'SV' },
    ...settings,
  })
  const host = new URL(siteEnv.siteUrl).hostname
  for (const event of events.filter(hasCalendarEntry)) {
    const url = absoluteUrl(routes.event(event.slug))
    const changedAt = new Date(changes.get(event._id) ?? Date.now())
    calendar.createEvent({
      id: `${event._id}@${host}`,
      sequence: sequenceOf(changedAt),
      stamp: changedAt,
      lastModified: changedAt,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: event.title,
      location: locationOf(event),
      description: description(event, url),
      url,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}

/**
 * The feed a calendar subscribes to: the upcoming events, cancelled ones included so that a subscriber's
 * entry shows the cancellation. Clients are asked to fetch it hourly, as often as the route is rebuilt.
 */
export function feedCalendar(upcoming: readonly EventSummary[], changes: ChangeTimes): string {
  return buildCalendar(
    {
      name: `${siteName}s evenemang`,
      description: `Kommande evenemang med ${siteName}.`,
      url: absoluteUrl(routes.list.event),
      ttl: 60 * 60,
    },
    upcoming,
    changes,
  )
}

/** One event's file, to add it once: unnamed, an event for the visitor's own calendar, not a calendar. */
export function eventCalendar(event: DatedEvent, changes: ChangeTimes): string {
  return buildCalendar({}, [event], changes)
}
