import { eventEndKey, eventPeriodLabel, hasEnded, isWithinEvent } from './event-period'

const fixed = { dateMode: 'fixed', startsAt: '2026-04-23T07:30:00Z', endsAt: '2026-04-23T14:00:00Z' }

describe('hasEnded', () => {
  it('uses the end of a fixed event', () => {
    expect(hasEnded(fixed, new Date('2026-04-23T13:59:00Z'))).toBe(false)
    expect(hasEnded(fixed, new Date('2026-04-23T14:01:00Z'))).toBe(true)
  })

  it('keeps an unconfirmed event upcoming until its month or year is over', () => {
    const may = { dateMode: 'unconfirmed', year: 2027, month: 5 }
    expect(eventEndKey(may)).toBe('2027-05-99')
    expect(hasEnded(may, new Date('2027-05-31T20:00:00Z'))).toBe(false)
    expect(hasEnded(may, new Date('2027-06-01T00:00:00Z'))).toBe(true)
    const year = { dateMode: 'unconfirmed', year: 2027 }
    expect(eventEndKey(year)).toBe('2027-99')
    expect(hasEnded(year, new Date('2027-12-31T20:00:00Z'))).toBe(false)
    expect(hasEnded(year, new Date('2028-01-01T00:00:00Z'))).toBe(true)
    expect(eventEndKey({ dateMode: 'unconfirmed', year: 2027, month: 11 })).toBe('2027-11-99')
  })

  it('never calls an event without dates past', () => {
    expect(hasEnded({ dateMode: 'unconfirmed' }, new Date('2100-01-01T00:00:00Z'))).toBe(false)
  })
})

describe('isWithinEvent', () => {
  it('checks a fixed event from start to end, both included', () => {
    expect(isWithinEvent('2026-04-23T07:30:00Z', fixed)).toBe(true)
    expect(isWithinEvent('2026-04-23T14:00:00Z', fixed)).toBe(true)
    expect(isWithinEvent('2026-04-23T07:00:00Z', fixed)).toBe(false)
    expect(isWithinEvent('2026-04-24T08:00:00Z', fixed)).toBe(false)
  })

  it('checks the year and month of an unconfirmed event in Swedish time', () => {
    const may = { dateMode: 'unconfirmed', year: 2027, month: 5 }
    expect(isWithinEvent('2027-05-10T08:00:00Z', may)).toBe(true)
    // 22:30 UTC on 30 April is already May in Stockholm.
    expect(isWithinEvent('2027-04-30T22:30:00Z', may)).toBe(true)
    expect(isWithinEvent('2027-06-01T08:00:00Z', may)).toBe(false)
    expect(isWithinEvent('2028-03-01T08:00:00Z', { dateMode: 'unconfirmed', year: 2027 })).toBe(false)
  })

  it('claims nothing about an event whose dates are not filled in', () => {
    expect(isWithinEvent('2026-04-23T08:00:00Z', { dateMode: 'fixed', startsAt: fixed.startsAt })).toBe(
      undefined,
    )
    expect(isWithinEvent('inte ett datum', fixed)).toBeUndefined()
  })
})

it('labels the period in Swedish', () => {
  expect(eventPeriodLabel(fixed)).toBe('23 apr. 2026')
  expect(eventPeriodLabel({ ...fixed, endsAt: '2026-04-24T14:00:00Z' })).toBe('23 apr. 2026 – 24 apr. 2026')
  expect(eventPeriodLabel({ dateMode: 'unconfirmed', year: 2027, month: 5 })).toBe('maj 2027')
})
