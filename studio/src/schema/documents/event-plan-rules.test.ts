import { originalDateWarning, registrationWarning } from './event-plan-rules'

const now = new Date('2027-01-15T12:00:00Z')
const upcoming = { dateMode: 'fixed', startsAt: '2027-03-12T09:00:00Z', endsAt: '2027-03-12T15:00:00Z' }

test('a registration link on an upcoming event as planned is fine', () => {
  expect(registrationWarning({ ...upcoming, status: 'planned' }, now)).toBeUndefined()
  expect(registrationWarning({ ...upcoming, status: 'movedOnline' }, now)).toBeUndefined()
})

test.each([
  ['cancelled', 'Evenemanget är inställt. Ta bort länken till anmälan, så att ingen anmäler sig i onödan.'],
  [
    'postponed',
    'Evenemanget är uppskjutet. Ta bort länken till anmälan, eller kontrollera att den gäller det nya datumet.',
  ],
] as const)('a registration link on an upcoming %s event is warned about in Swedish', (status, message) => {
  expect(registrationWarning({ ...upcoming, status }, now)).toBe(message)
  // A postponed event whose new date is not set yet is upcoming too.
  expect(registrationWarning({ dateMode: 'unconfirmed', year: 2027, status }, now)).toBe(message)
})

test('once the event is over, the warning says so whatever its status', () => {
  expect(registrationWarning({ ...upcoming, status: 'cancelled' }, new Date('2027-04-01T00:00:00Z'))).toBe(
    'Evenemanget har redan ägt rum. Ta bort länken till anmälan.',
  )
})

test('a postponed event without its original date is warned about; other statuses need none', () => {
  expect(originalDateWarning({ status: 'postponed' }, undefined)).toMatch(/^Ange när evenemanget först/)
  expect(originalDateWarning({ status: 'postponed' }, '2027-02-01T09:00:00Z')).toBeUndefined()
  expect(originalDateWarning({ status: 'cancelled' }, undefined)).toBeUndefined()
})
