import { hasChangedPlans } from '@bergslaget/content/event-plans'
import { eventStatuses, type EventStatus } from '@bergslaget/content/vocabularies'

/**
 * "Inställt", "Uppskjutet" or "Flyttat till webben" beside an event's kind or name, wherever the event
 * is shown (its card, its page, a search result); nothing for an event that goes ahead as planned.
 */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  if (!hasChangedPlans(status)) return null
  return <strong className="badge"> {eventStatuses.visitor[status]}</strong>
}
