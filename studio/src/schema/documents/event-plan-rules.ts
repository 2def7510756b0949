import type { EventStatus } from '@bergslaget/content/vocabularies'

import { hasEnded, type EventDates } from '../shared/event-period'

/** An event's fields as the rules read them: any may be missing while an editor is still writing. */
export type PlannedEvent = EventDates & { status?: EventStatus | null }

/**
 * Why a registration link no longer belongs on the event, or undefined: it is over, cancelled, or
 * postponed (a link for the first date would take registrations for a day that will not happen). A
 * warning, not an error: the editor may have checked that the link is right for the new date.
 */
export function registrationWarning(event: PlannedEvent, now: Date): string | undefined {
  if (hasEnded(event, now)) return 'Evenemanget har redan ägt rum. Ta bort länken till anmälan.'
  if (event.status === 'cancelled')
    return 'Evenemanget är inställt. Ta bort länken till anmälan, så att ingen anmäler sig i onödan.'
  if (event.status === 'postponed')
    return 'Evenemanget är uppskjutet. Ta bort länken till anmälan, eller kontrollera att den gäller det nya datumet.'
  return undefined
}

/** A postponed event says when it was first planned for ("Uppskjutet från 12 mars 2027"). */
export function originalDateWarning(event: PlannedEvent, originalStartsAt: string | undefined) {
  return event.status === 'postponed' && !originalStartsAt
    ? 'Ange när evenemanget först skulle äga rum, så att besökarna ser vad som har ändrats.'
    : undefined
}
