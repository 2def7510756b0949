import { stockholmFormat, stockholmNewYear } from './stockholm'

test('New Year is midnight on 1 January in Sweden, an hour before it is in UTC', () => {
  const newYear = stockholmNewYear(2022)

  expect(newYear.toISOString()).toBe('2021-12-31T23:00:00.000Z')
  expect(stockholmFormat({ dateStyle: 'short', timeStyle: 'short' }).format(newYear)).toBe('2022-01-01 00:00')
})
