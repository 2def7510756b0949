import { upcomingAndPast } from '@bergslaget/content/event-dates'

import { feedCalendar } from '@/lib/calendar/build-calendar'
import { calendarResponse } from '@/lib/calendar/calendar-response'
import { readChangeTimes } from '@/lib/calendar/change-times'
import { publishedContent } from '@/lib/content'

// Which events are upcoming depends on the day, as on the events page: rebuilt at most hourly, and at
// once on a publish (its reads' cache tags).
export const revalidate = 3600

/** The subscribable calendar of upcoming events (linked from the events page). */
export async function GET(): Promise<Response> {
  const [order, changes] = await Promise.all([publishedContent.listEventOrder(), readChangeTimes()])
  const { upcoming } = upcomingAndPast(order, new Date())
  const events = await publishedContent.getEventsPage(upcoming.map(({ _id }) => _id))
  return calendarResponse(feedCalendar(events, changes))
}
