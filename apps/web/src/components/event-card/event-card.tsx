import type { EventSummary } from '@bergslaget/content'
import Link from 'next/link'

import { formatEventDate } from '@/lib/format'
import { eventKindLabels, eventStatusLabels } from '@/lib/labels'
import { routes } from '@/lib/routes'

/** An event in a list: what, when, where, and whether it was cancelled. */
export function EventCard({ event }: { event: EventSummary }) {
  const place = [event.venue?.name, event.venue?.city].filter(Boolean).join(', ')
  return (
    <article className="card">
      <p className="card-kicker">
        {eventKindLabels[event.kind]}
        {event.status === 'cancelled' && <strong className="badge"> {eventStatusLabels.cancelled}</strong>}
      </p>
      <h3 className="card-title">
        <Link href={routes.event(event.slug)}>{event.title}</Link>
      </h3>
      <p className="card-meta">
        {formatEventDate(event)}
        {place && ` · ${place}`}
      </p>
    </article>
  )
}
