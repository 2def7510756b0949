import type { SanityDocument } from '@bergslaget/content/dataset'
import { writeDatasetVariant } from '@bergslaget/content/testing/rebuilt-site'

// The bundled dataset holds one event, known only by its year: nothing a calendar could hold. The
// calendar's tests (unit, route and end-to-end) add these events to it. Upcoming ones are dated from
// the day the test runs, so they stay upcoming; the daylight-saving ones are in the past on purpose,
// so that they are in no feed and the times they check never move.

const hour = 3_600_000
/** A whole hour about `days` from now (a calendar file holds whole seconds), and `hours` after it. */
function fromNow(days: number, hours: number): { startsAt: string; endsAt: string } {
  const start = Math.floor((Date.now() + days * 24 * hour) / hour) * hour
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + hours * hour).toISOString() }
}

type TestDate = { startsAt: string; endsAt: string } | { year: number }

interface CalendarTestEvent {
  id: string
  slug: string
  title: string
  /** The document's last change: the entry's DTSTAMP. */
  changedAt: string
  document: SanityDocument
}

function testEvent(
  slug: string,
  title: string,
  date: TestDate,
  fields: Record<string, unknown> = {},
): CalendarTestEvent {
  const id = `event-${slug}`
  const changedAt = '2026-10-01T08:30:00Z'
  return {
    id,
    slug,
    title,
    changedAt,
    document: {
      _id: id,
      _type: 'event',
      _createdAt: '2026-09-01T08:00:00Z',
      _updatedAt: changedAt,
      title,
      slug: { _type: 'slug', current: slug },
      kind: 'seminar',
      status: 'planned',
      dateMode: 'startsAt' in date ? 'fixed' : 'unconfirmed',
      ...date,
      ...fields,
    },
  }
}

const at = (startsAt: string, endsAt: string) => ({ startsAt, endsAt })

/** The events the calendar tests add, by what each one is for. */
export const calendarTestEvents = {
  upcoming: testEvent('kalender-kommande', 'Seminarium om kompetensförsörjning', fromNow(30, 3), {
    venue: { _type: 'venue', name: 'Kulturhuset Tornet', street: 'Stora torget 1', city: 'Lindesberg' },
  }),
  cancelled: testEvent('kalender-installt', 'Årsmöte som ställdes in', fromNow(40, 2), {
    kind: 'annualMeeting',
    status: 'cancelled',
    venue: { _type: 'venue', city: 'Fagersta' },
  }),
  // Next year, so that it is upcoming whenever the test runs.
  unconfirmed: testEvent('kalender-obekraftat', 'Konferens med datum som meddelas senare', {
    year: new Date().getUTCFullYear() + 1,
  }),
  past: testEvent(
    'kalender-passerat',
    'Seminarium som har varit',
    at('2024-05-14T07:00:00Z', '2024-05-14T11:00:00Z'),
  ),
  // Sweden's summer time began at 02.00 on Sunday 30 March 2025 and ended at 03.00 on Sunday 26 October
  // 2025. These start at 13.00 Stockholm time: 12.00 UTC in winter time, 11.00 UTC in summer time.
  beforeSpringSwitch: testEvent(
    'kalender-fore-sommartid',
    'Fredag före sommartid',
    at('2025-03-28T12:00:00Z', '2025-03-28T15:00:00Z'),
  ),
  afterSpringSwitch: testEvent(
    'kalender-efter-sommartid',
    'Måndag i sommartid',
    at('2025-03-31T11:00:00Z', '2025-03-31T14:00:00Z'),
  ),
  beforeAutumnSwitch: testEvent(
    'kalender-fore-vintertid',
    'Fredag före vintertid',
    at('2025-10-24T11:00:00Z', '2025-10-24T14:00:00Z'),
  ),
  afterAutumnSwitch: testEvent(
    'kalender-efter-vintertid',
    'Måndag i vintertid',
    at('2025-10-27T12:00:00Z', '2025-10-27T15:00:00Z'),
  ),
  // Saturday 22.00 winter time to Sunday 10.00 summer time: eleven hours, not twelve.
  acrossSpringSwitch: testEvent(
    'kalender-over-sommartid',
    'Natten då sommartiden börjar',
    at('2025-03-29T21:00:00Z', '2025-03-30T08:00:00Z'),
  ),
} satisfies Record<string, CalendarTestEvent>

/** The bundled dataset with the calendar's test events, written to a scratch file; its path. */
export function writeCalendarDataset(): Promise<string> {
  return writeDatasetVariant((documents) => [
    ...documents,
    ...Object.values(calendarTestEvents).map(({ document }) => document),
  ])
}
