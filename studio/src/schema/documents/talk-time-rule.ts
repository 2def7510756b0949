import type { CustomValidator } from 'sanity'

import { STUDIO_API_VERSION } from '../../lib/api-version'
import { eventPeriodLabel, isWithinEvent, type EventDates } from '../shared/event-period'

/**
 * The event a talk refers to, draft and published: the draft wins, since an editor who has just
 * moved the event's dates expects the talk to be checked against the new ones.
 */
export const EVENT_VERSIONS_QUERY = `*[_id in [$id, "drafts." + $id]]{_id, dateMode, startsAt, endsAt, year, month}`

type EventVersion = EventDates & { _id: string }

/** A talk's start or end must lie within its event, or the programme tells visitors a wrong time. */
export const withinItsEvent: CustomValidator<string | undefined> = async (instant, context) => {
  const eventId = (context.document as { event?: { _ref?: string } } | undefined)?.event?._ref
  if (!instant || !eventId) return true
  const versions = await context
    .getClient({ apiVersion: STUDIO_API_VERSION })
    .withConfig({ perspective: 'raw' })
    .fetch<EventVersion[]>(EVENT_VERSIONS_QUERY, { id: eventId })
  const event = versions.find(({ _id }) => _id.startsWith('drafts.')) ?? versions[0]
  if (!event || isWithinEvent(instant, event) !== false) return true
  return `Tiden ligger utanför evenemanget (${eventPeriodLabel(event)}).`
}
