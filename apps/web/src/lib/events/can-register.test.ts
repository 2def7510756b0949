import { canRegister } from './can-register'

const upcoming = {
  isUpcoming: true,
  status: 'planned' as const,
  dateMode: 'fixed' as const,
  registrationUrl: 'https://example.se/anmalan',
}

test.each([
  ['an upcoming planned event with a link', upcoming],
  ['an event moved online', { ...upcoming, status: 'movedOnline' as const }],
  ['an event postponed to a new date', { ...upcoming, status: 'postponed' as const }],
])('%s offers registration', (_name, event) => {
  expect(canRegister(event)).toBe(true)
})

test.each([
  ['a past event', { ...upcoming, isUpcoming: false }],
  ['a cancelled event', { ...upcoming, status: 'cancelled' as const }],
  [
    'an event postponed until a day not set yet',
    { ...upcoming, status: 'postponed' as const, dateMode: 'unconfirmed' as const },
  ],
  ['an event without a link', { ...upcoming, registrationUrl: null }],
])('%s offers none', (_name, event) => {
  expect(canRegister(event)).toBe(false)
})
