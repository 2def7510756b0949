import type { EventStatus } from './vocabularies'

// Which event statuses tell a visitor that the plans they read before have changed: every card, page,
// search result and calendar entry of such an event says so. Exported as @bergslaget/content/event-plans
// for the site and the Studio's previews.

/** The statuses that change what a visitor was told before. */
const changedPlans = ['postponed', 'movedOnline', 'cancelled'] as const satisfies readonly EventStatus[]

/** Whether an event's plans changed (see changedPlans). */
export function hasChangedPlans(status: EventStatus): status is (typeof changedPlans)[number] {
  return (changedPlans as readonly string[]).includes(status)
}
