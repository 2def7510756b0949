import type { EventSummary } from '@bergslaget/content'

import { EventCard } from './event-card'

interface EventCardListProps {
  events: EventSummary[]
  headingLevel?: 3 | 4
}

/** Events as a grid of cards. */
export function EventCardList({ events, headingLevel }: EventCardListProps) {
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event._id}>
          <EventCard event={event} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
