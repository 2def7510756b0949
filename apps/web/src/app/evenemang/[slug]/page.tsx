import { eventKinds } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'

import { AddToCalendar } from '@/components/add-to-calendar/add-to-calendar'
import { ArticleCardList } from '@/components/article-card/article-card-list'
import { EventStatusBadge } from '@/components/event-card/event-status-badge'
import { OrganisationLinks } from '@/components/people/organisation-links'
import { RichText } from '@/components/portable-text/rich-text'
import { Programme } from '@/components/programme/programme'
import { SafeLink } from '@/components/safe-link/safe-link'
import { Video } from '@/components/video/video'
import { content, publishedContent } from '@/lib/content'
import { canRegister } from '@/lib/events/can-register'
import { venueAddress } from '@/lib/events/venue-address'
import { formatDate, formatEventDate } from '@/lib/format'
import { mapHref } from '@/lib/map-link'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldSlugsOf, pageOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { sectionPageBreadcrumbs } from '@/lib/structured-data/breadcrumbs'
import { eventLd } from '@/lib/structured-data/event'
import { JsonLd } from '@/lib/structured-data/json-ld'

import './registration.css'

interface EventRouteProps {
  params: Promise<{ slug: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true
// The registration link shows only while the event is upcoming; rebuilt at most hourly.
export const revalidate = 3600

export async function generateStaticParams() {
  const slugs = [...(await publishedContent.listEventSlugs()), ...(await oldSlugsOf('event'))]
  return prerendered(
    slugs.map((slug) => ({ slug })),
    ({ slug }) => routes.event(slug),
  )
}

/** The event at this address, for the page and its metadata alike; else a redirect or the 404. */
async function eventAt(params: EventRouteProps['params']) {
  const { slug } = await params
  return pageOrMoved('event', slug, await content.getEventPage(slug))
}

export async function generateMetadata({ params }: EventRouteProps): Promise<Metadata> {
  const event = await eventAt(params)
  return pageMetadata({
    title: event.title,
    description: `${eventKinds.visitor[event.kind]}, ${formatEventDate(event)}`,
    path: routes.event(event.slug),
  })
}

export default async function EventRoute({ params }: EventRouteProps) {
  const event = await eventAt(params)
  // Moved online, the venue is where it would have been: the page says where it is now instead.
  const online = event.status === 'movedOnline'
  const address = online ? null : venueAddress(event.venue)
  const map = online ? null : mapHref(event.venue)
  const structured = eventLd(event)
  return (
    <article className="page">
      <JsonLd
        things={[
          ...(structured ? [structured] : []),
          sectionPageBreadcrumbs('event', { name: event.title, path: routes.event(event.slug) }),
        ]}
      />
      <p className="card-kicker">
        {eventKinds.visitor[event.kind]}
        <EventStatusBadge status={event.status} />
      </p>
      <h1>{event.title}</h1>
      <dl className="facts">
        <dt>När</dt>
        <dd>
          {formatEventDate(event)}
          <AddToCalendar event={event} />
        </dd>
        {event.status === 'postponed' && event.originalStartsAt && (
          <>
            <dt>Uppskjutet från</dt>
            <dd>
              <time dateTime={event.originalStartsAt}>{formatDate(event.originalStartsAt)}</time>
            </dd>
          </>
        )}
        {online && (
          <>
            <dt>Var</dt>
            <dd>{event.liveStream ? 'På webben, i direktsändningen nedan' : 'På webben'}</dd>
          </>
        )}
        {address && (
          <>
            <dt>Var</dt>
            <dd>
              {address}
              {map && (
                <>
                  {' · '}
                  <a href={map} rel="noopener noreferrer">
                    Visa {event.venue?.name ?? 'platsen'} på karta
                  </a>
                </>
              )}
            </dd>
          </>
        )}
        {event.hosts.length > 0 && (
          <>
            <dt>Arrangör</dt>
            <dd>
              <OrganisationLinks organisations={event.hosts} />
            </dd>
          </>
        )}
        {event.partners.length > 0 && (
          <>
            <dt>I samarbete med</dt>
            <dd>
              <OrganisationLinks organisations={event.partners} />
            </dd>
          </>
        )}
        {event.theme && event.theme !== event.title && (
          <>
            <dt>Tema</dt>
            <dd>{event.theme}</dd>
          </>
        )}
      </dl>
      {canRegister(event) && (
        <p>
          <SafeLink className="button" href={event.registrationUrl}>
            Anmäl dig till {event.title}
          </SafeLink>
        </p>
      )}
      <RichText value={event.description} />

      {event.liveStream && (
        <section aria-labelledby="sandning-rubrik">
          <h2 id="sandning-rubrik">Direktsändning</h2>
          <Video video={event.liveStream} title={event.title} />
        </section>
      )}

      <section aria-labelledby="program-rubrik" className="programme-section">
        <h2 id="program-rubrik">Program</h2>
        <Programme eventSlug={event.slug} talks={event.programme} />
      </section>

      {event.reports.length > 0 && (
        <section aria-labelledby="rapporter-rubrik">
          <h2 id="rapporter-rubrik">Rapporter från evenemanget</h2>
          <ArticleCardList articles={event.reports} />
        </section>
      )}
    </article>
  )
}
