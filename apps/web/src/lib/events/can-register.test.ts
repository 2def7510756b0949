import { canRegister } from './can-register'

const upcoming = {
  isUpcoming: true,
  status: 'planned' as const,
  registrationUrl: 'https://example.se/anmalan',
}

test('an upcoming planned event with a link offers registration', () => {
  expect(canRegister(upcoming)).toBe(true)
})

test.each([
  ['a past event', { ...upcoming, isUpcoming: false }],
  ['a cancelled event', { ...upcoming, status: 'cancelled' as const }],
  ['an event without a link', { ...upcoming, registrationUrl: null }],
])('%s offers none', (_name, event) => {
  expect(canRegister(event)).toBe(false)
})
