import type { EventSummary } from '@bergslaget/content'
import { eventKinds, eventStatuses } from '@bergslaget/content/vocabularies'

import { PageLink } from '@/components/page-link/page-link'
import { formatEventDate } from '@/lib/format'
import { routes } from '@/lib/routes'

interface EventCardProps {
  event: EventSummary
  /** The card's heading sits under the list's own heading: h3 under an h2, h4 under a year's h3. */
  headingLevel?: 3 | 4
}

/** An event in a list: what, when, where, and whether it was cancelled. */
export function EventCard({ event, headingLevel = 3 }: EventCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const place = [event.venue?.name, event.venue?.city].filter(Boolean).join(', ')
  return (
    <article className="card">
      <p className="card-kicker">
        {eventKinds.visitor[event.kind]}
        {event.status === 'cancelled' && (
          <strong className="badge"> {eventStatuses.visitor.cancelled}</strong>
        )}
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
