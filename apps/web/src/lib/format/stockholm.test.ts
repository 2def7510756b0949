import { stockholmFormat, stockholmIsoString, stockholmNewYear } from './stockholm'

describe('stockholmIsoString', () => {
  it.each([
    // Winter time, UTC+1, until the last Sunday of March at 01:00 UTC; summer time, UTC+2, until the
    // last Sunday of October at 01:00 UTC.
    ['2026-01-15T12:00:00Z', '2026-01-15T13:00:00+01:00'],
    ['2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'],
    ['2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['2026-05-12T11:00:00.000Z', '2026-05-12T13:00:00+02:00'],
    ['2026-10-25T00:59:59Z', '2026-10-25T02:59:59+02:00'],
    ['2026-10-25T01:00:00Z', '2026-10-25T02:00:00+01:00'],
    ['2026-12-31T23:30:00Z', '2027-01-01T00:30:00+01:00'],
  ])('%s is %s in Sweden', (instant, local) => {
    expect(stockholmIsoString(instant)).toBe(local)
    expect(new Date(local).getTime()).toBe(new Date(instant).getTime())
  })

  it('refuses what is not an instant', () => {
    expect(() => stockholmIsoString('12 maj')).toThrow(RangeError)
  })
})

test('New Year is midnight on 1 January in Sweden, an hour before it is in UTC', () => {
  const newYear = stockholmNewYear(2022)

  expect(newYear.toISOString()).toBe('2021-12-31T23:00:00.000Z')
  expect(stockholmFormat({ dateStyle: 'short', timeStyle: 'short' }).format(newYear)).toBe('2022-01-01 00:00')
})
