import { eventCalendar } from '@/lib/calendar/build-calendar'
import { hasCalendarEntry } from '@/lib/calendar/calendar-entry'
import { calendarResponse, noCalendarResponse } from '@/lib/calendar/calendar-response'
import { readChangeTimes } from '@/lib/calendar/change-times'
import { publishedContent } from '@/lib/content'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'

interface EventCalendarContext {
  params: Promise<{ slug: string }>
}

// Prerendered with the event pages; one published after the build renders on request (see lib/moved.ts).
export const dynamicParams = true

/** Every event with a fixed date, past ones too: each such event's page links its file. */
export async function generateStaticParams() {
  return prerendered(
    (await publishedContent.listEventOrder()).filter(hasCalendarEntry).map(({ slug }) => ({ slug })),
    ({ slug }) => routes.event(slug),
  )
}

/** One event as a file to add to a calendar (the event page's "Lägg till i kalendern"). */
export async function GET(_request: Request, { params }: EventCalendarContext): Promise<Response> {
  const { slug } = await params
  const event = await publishedContent.getEventPage(slug)
  if (!event || !hasCalendarEntry(event)) return noCalendarResponse()
  return calendarResponse(eventCalendar(event, await readChangeTimes()), `${event.slug}.ics`)
}
