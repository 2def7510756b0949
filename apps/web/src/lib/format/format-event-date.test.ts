import { formatEventDate } from './format-event-date'

describe('formatEventDate with a fixed date', () => {
  it('writes one day with a time span', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-05-12T11:00:00Z',
        endsAt: '2026-05-12T14:00:00Z',
      }),
    ).toBe('tisdag 12 maj 2026 kl. 13.00–16.00')
  })

  it('writes both days when the event runs over midnight', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-05-29T20:00:00Z',
        endsAt: '2026-05-30T00:00:00Z',
      }),
    ).toBe('fredag 29 maj 2026 kl. 22.00 – lördag 30 maj 2026 kl. 02.00')
  })

  it('writes both days for an event that ends exactly at midnight', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-05-29T18:00:00Z',
        endsAt: '2026-05-29T22:00:00Z',
      }),
    ).toBe('fredag 29 maj 2026 kl. 20.00 – lördag 30 maj 2026 kl. 00.00')
  })

  it('writes both days for a conference over several days', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-09-15T07:00:00Z',
        endsAt: '2026-09-17T13:00:00Z',
      }),
    ).toBe('tisdag 15 september 2026 kl. 09.00 – torsdag 17 september 2026 kl. 15.00')
  })

  it('keeps an evening in UTC that is already the next day in Stockholm on one day', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-05-28T22:30:00Z',
        endsAt: '2026-05-29T01:00:00Z',
      }),
    ).toBe('fredag 29 maj 2026 kl. 00.30–03.00')
  })

  it('follows the switch to summer time (29 March 2026)', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-03-29T00:30:00Z',
        endsAt: '2026-03-29T01:30:00Z',
      }),
    ).toBe('söndag 29 mars 2026 kl. 01.30–03.30')
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-03-29T08:00:00Z',
        endsAt: '2026-03-29T10:00:00Z',
      }),
    ).toBe('söndag 29 mars 2026 kl. 10.00–12.00')
  })

  it('follows the switch to winter time (25 October 2026)', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-10-24T23:00:00Z',
        endsAt: '2026-10-25T02:00:00Z',
      }),
    ).toBe('söndag 25 oktober 2026 kl. 01.00–03.00')
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-10-25T09:00:00Z',
        endsAt: '2026-10-25T12:00:00Z',
      }),
    ).toBe('söndag 25 oktober 2026 kl. 10.00–13.00')
  })

  it('finds the day in Stockholm across a time switch at night', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-10-24T20:00:00Z',
        endsAt: '2026-10-24T22:30:00Z',
      }),
    ).toBe('lördag 24 oktober 2026 kl. 22.00 – söndag 25 oktober 2026 kl. 00.30')
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-03-28T21:00:00Z',
        endsAt: '2026-03-28T23:30:00Z',
      }),
    ).toBe('lördag 28 mars 2026 kl. 22.00 – söndag 29 mars 2026 kl. 00.30')
  })

  it('writes only the start when the event ends when it starts', () => {
    expect(
      formatEventDate({
        dateMode: 'fixed',
        startsAt: '2026-05-12T11:00:00Z',
        endsAt: '2026-05-12T11:00:00Z',
      }),
    ).toBe('tisdag 12 maj 2026 kl. 13.00')
  })
})

describe('formatEventDate without a fixed date', () => {
  it('writes the year alone', () => {
    expect(formatEventDate({ dateMode: 'unconfirmed', year: 2022, month: null })).toBe('2022')
  })

  it('writes the month and that the date comes later', () => {
    expect(formatEventDate({ dateMode: 'unconfirmed', year: 2027, month: 5 })).toBe(
      'maj 2027, datum meddelas senare',
    )
  })
})
