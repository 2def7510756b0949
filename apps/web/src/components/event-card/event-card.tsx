import type { EventSummary } from '@bergslaget/content'
import { eventKinds } from '@bergslaget/content/vocabularies'

import { PageLink } from '@/components/page-link/page-link'
import { formatEventDate } from '@/lib/format'
import { routes } from '@/lib/routes'

import { EventStatusBadge } from './event-status-badge'

interface EventCardProps {
  event: EventSummary
  /** The card's heading sits under the list's own heading: h3 under an h2, h4 under a year's h3. */
  headingLevel?: 3 | 4
}

/** An event in a list: what, when, where, and whether it was cancelled, postponed or moved online. */
export function EventCard({ event, headingLevel = 3 }: EventCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const place = [event.venue?.name, event.venue?.city].filter(Boolean).join(', ')
  return (
    <article className="card">
      <p className="card-kicker">
        {eventKinds.visitor[event.kind]}
        <EventStatusBadge status={event.status} />
      </p>
      <Heading className="card-title">
        <PageLink href={routes.event(event.slug)}>{event.title}</PageLink>
      </Heading>
      <p className="card-meta">
        {formatEventDate(event)}
        {place && ` · ${place}`}
      </p>
    </article>
  )
}
