import { formatDate, formatMonthYear, formatWeekdayDate } from './format-date'

describe('formatDate', () => {
  it('writes day, month and year in Swedish', () => {
    expect(formatDate('2022-05-12T10:00:00Z')).toBe('12 maj 2022')
  })

  it('uses the day in Stockholm, not in UTC', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('1 januari 2027')
    expect(formatDate('2026-06-30T22:30:00Z')).toBe('1 juli 2026')
  })

  it('refuses what is not a date', () => {
    expect(() => formatDate('igår')).toThrow(RangeError)
  })
})

describe('formatWeekdayDate', () => {
  it('starts with the weekday', () => {
    expect(formatWeekdayDate('2026-05-12T11:00:00Z')).toBe('tisdag 12 maj 2026')
  })
})

describe('formatMonthYear', () => {
  it.each([
    [2027, 5, 'maj 2027'],
    [2027, 1, 'januari 2027'],
    [2027, 12, 'december 2027'],
  ])('%i-%i is %s', (year, month, expected) => {
    expect(formatMonthYear(year, month)).toBe(expected)
  })
})
