import { formatTime } from './format-time'

describe('formatTime', () => {
  it('writes hours and minutes with a full stop', () => {
    expect(formatTime('2026-05-12T11:00:00Z')).toBe('13.00')
    expect(formatTime('2026-01-12T08:05:00Z')).toBe('09.05')
  })

  it('writes midnight as 00.00', () => {
    expect(formatTime('2026-05-29T22:00:00Z')).toBe('00.00')
  })

  it('follows summer and winter time', () => {
    expect(formatTime('2026-03-29T00:30:00Z')).toBe('01.30')
    expect(formatTime('2026-03-29T01:30:00Z')).toBe('03.30')
    expect(formatTime('2026-10-25T00:30:00Z')).toBe('02.30')
    expect(formatTime('2026-10-25T01:30:00Z')).toBe('02.30')
  })

  it('reads offsets written in the timestamp', () => {
    expect(formatTime('2026-05-12T13:00:00+02:00')).toBe('13.00')
  })
})
