import { EventCardList } from '@/components/event-card/event-card-list'
import { calendarPaths } from '@/lib/calendar/calendar-paths'
import { content } from '@/lib/content'
import { groupByYear } from '@/lib/events/group-by-year'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

export const metadata = pageMetadata({
  title: 'Evenemang',
  description:
    'Kommande och tidigare seminarier, årsmöten och konferenser med Intresseföreningen Bergslaget.',
  path: routes.list.event,
})

// Which events are upcoming depends on the day; the list is rebuilt at most hourly.
export const revalidate = 3600

export default async function EventsRoute() {
  const { upcoming, past } = await content.getEventsPage()
  return (
    <div className="page">
      <h1>Evenemang</h1>

      <section aria-labelledby="kommande-rubrik">
        <h2 id="kommande-rubrik">Kommande evenemang</h2>
        {upcoming.length === 0 ? (
          <p>Inga kommande evenemang är planerade just nu.</p>
        ) : (
          <EventCardList events={upcoming} />
        )}
        <p>
          <a href={calendarPaths.feed} type="text/calendar">
            Prenumerera på kalendern
          </a>{' '}
          – kopiera länkens adress och lägg till den som prenumeration i din kalenderapp, så kommer nya och
          ändrade evenemang med av sig själva.
        </p>
      </section>

      {past.length > 0 && (
        <section aria-labelledby="tidigare-rubrik" id="tidigare">
          <h2 id="tidigare-rubrik">Tidigare evenemang</h2>
          {groupByYear(past).map(({ year, events }) => (
            <section key={year} aria-labelledby={`ar-${year}`}>
              <h3 id={`ar-${year}`}>{year}</h3>
              <EventCardList events={events} headingLevel={4} />
            </section>
          ))}
        </section>
      )}
    </div>
  )
}
