interface RegistrableEvent {
  isUpcoming: boolean
  status: 'planned' | 'cancelled' | 'held'
  registrationUrl: string | null
}

/** Registration is offered only for an upcoming, not cancelled event that has a registration link. */
export function canRegister(
  event: RegistrableEvent,
): event is RegistrableEvent & { registrationUrl: string } {
  return event.isUpcoming && event.status !== 'cancelled' && Boolean(event.registrationUrl)
}
