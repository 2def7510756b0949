import type { EventDateMode, EventStatus } from '@bergslaget/content/vocabularies'

interface RegistrableEvent {
  isUpcoming: boolean
  status: EventStatus
  dateMode: EventDateMode
  registrationUrl: string | null
}

/**
 * Registration is offered for an upcoming event that has a registration link and will take place: not
 * cancelled, and not postponed until a day that is not set yet (the Studio warns its editor either way).
 */
export function canRegister(
  event: RegistrableEvent,
): event is RegistrableEvent & { registrationUrl: string } {
  const takesPlace =
    event.status !== 'cancelled' && !(event.status === 'postponed' && event.dateMode !== 'fixed')
  return event.isUpcoming && takesPlace && Boolean(event.registrationUrl)
}
