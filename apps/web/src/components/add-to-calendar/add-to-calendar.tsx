import type { EventDate } from '@bergslaget/content'

import { hasCalendarEntry } from '@/lib/calendar/calendar-entry'
import { calendarPaths } from '@/lib/calendar/calendar-paths'

interface AddToCalendarProps {
  event: EventDate & { slug: string }
}

/**
 * After an event's date: a link to its calendar file, for an event with a fixed date only. A plain
 * link, not next/link: the file is no page for the router to prefetch, and it works without script.
 */
export function AddToCalendar({ event }: AddToCalendarProps) {
  if (!hasCalendarEntry(event)) return null
  return (
    <>
      {' · '}
      <a href={calendarPaths.event(event.slug)} type="text/calendar">
        Lägg till i kalendern
      </a>
    </>
  )
}
