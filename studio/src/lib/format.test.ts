import { formatDate, joinParts, monthName } from './format'

describe('formatDate', () => {
  it('formats in Swedish time', () => {
    expect(formatDate('2022-03-12T09:00:00Z')).toBe('12 mars 2022')
    // 23:30 UTC on New Year's Eve is already New Year's Day in Stockholm.
    expect(formatDate('2022-12-31T23:30:00Z')).toBe('1 jan. 2023')
  })

  it('gives undefined for a missing or broken date', () => {
    expect(formatDate(undefined)).toBeUndefined()
    expect(formatDate('inte ett datum')).toBeUndefined()
  })
})

it('names months in Swedish', () => {
  expect([1, 3, 12].map(monthName)).toEqual(['januari', 'mars', 'december'])
})

it('joins only the present parts', () => {
  expect(joinParts('Kommun', undefined, '', 'Falun', 3)).toBe('Kommun · Falun · 3')
  expect(joinParts(undefined)).toBe('')
})
