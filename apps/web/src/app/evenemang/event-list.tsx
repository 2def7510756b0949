import { upcomingAndPast } from '@bergslaget/content/event-dates'

import { EventCardList } from '@/components/event-card/event-card-list'
import { GroupedList } from '@/components/grouped-list/grouped-list'
import { calendarPaths } from '@/lib/calendar/calendar-paths'
import { content, publishedContent } from '@/lib/content'
import { byYear, yearGroup } from '@/lib/events/group-by-year'
import { readGroupedPage } from '@/lib/pagination/grouped-page'
import type { PaginatedList } from '@/lib/pagination/later-page-route'
import { listPageMetadata, perPage } from '@/lib/pagination/list-pages'
import { pageCountOf } from '@/lib/pagination/paginate'

// The events list (/evenemang and /evenemang/sida/[page]): the upcoming events on the first page (they
// are few), then the past ones newest first under their years, a page at a time. Which events are past
// depends on the day, so both routes are rebuilt at most hourly (their `revalidate`).

async function render(page: number) {
  const { upcoming, past } = upcomingAndPast(await content.listEventOrder(), new Date())
  const [grouped, upcomingEvents] = await Promise.all([
    readGroupedPage({
      type: 'event',
      page,
      order: byYear(past),
      groupOf: yearGroup,
      read: content.getEventsPage,
    }),
    page === 1 ? content.getEventsPage(upcoming.map(({ _id }) => _id)) : [],
  ])
  return (
    <div className="page">
      <h1>Evenemang</h1>

      {page === 1 && (
        <section aria-labelledby="kommande-rubrik">
          <h2 id="kommande-rubrik">Kommande evenemang</h2>
          {upcomingEvents.length === 0 ? (
            <p>Inga kommande evenemang är planerade just nu.</p>
          ) : (
            <EventCardList events={upcomingEvents} />
          )}
          <p>
            <a href={calendarPaths.feed} type="text/calendar">
              Prenumerera på kalendern
            </a>{' '}
            – kopiera länkens adress och lägg till den som prenumeration i din kalenderapp, så kommer nya och
            ändrade evenemang med av sig själva.
          </p>
        </section>
      )}

      {grouped.list.total > 0 && (
        <section aria-labelledby="tidigare-rubrik" id="tidigare">
          <h2 id="tidigare-rubrik">Tidigare evenemang</h2>
          <GroupedList label="Tidigare evenemang per år" grouped={grouped} headingLevel={3}>
            {(events) => <EventCardList events={events} headingLevel={4} />}
          </GroupedList>
        </section>
      )}
    </div>
  )
}

export const eventList: PaginatedList = {
  pageCount: async () => {
    const { past } = upcomingAndPast(await publishedContent.listEventOrder(), new Date())
    return pageCountOf(past.length, perPage.event)
  },
  metadata: (page) =>
    listPageMetadata(
      'event',
      page,
      'Kommande och tidigare seminarier, årsmöten och konferenser med Intresseföreningen Bergslaget.',
    ),
  render,
}
