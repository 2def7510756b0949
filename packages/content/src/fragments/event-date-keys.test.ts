import { evaluate, parse } from 'groq-js'

import { eventEndKey, isUpcoming, isUpcomingAt, upcomingAndPast } from './event-date-keys'

// The events list reads each event's end key without the clock and splits upcoming from past in
// JavaScript; the home page, an event's page and the Studio ask GROQ's `isUpcoming`. Both must give
// the same answer for the same events at the same instant, edge cases included.

const at = new Date('2026-05-15T10:00:00.000Z')

const fixed = (_id: string, startsAt: string, endsAt?: string) => ({
  _id,
  _type: 'event',
  dateMode: 'fixed',
  startsAt,
  ...(endsAt ? { endsAt } : {}),
})
const unconfirmed = (_id: string, year: number, month?: number, more: object = {}) => ({
  _id,
  _type: 'event',
  dateMode: 'unconfirmed',
  year,
  ...(month ? { month } : {}),
  ...more,
})

const events = [
  fixed('ends-at-that-instant', '2026-05-15T08:00:00.000Z', '2026-05-15T10:00:00.000Z'),
  fixed('ended-a-millisecond-before', '2026-05-15T08:00:00.000Z', '2026-05-15T09:59:59.999Z'),
  fixed('ends-that-second-written-without-milliseconds', '2026-05-15T08:00:00Z', '2026-05-15T10:00:00Z'),
  fixed('started-before-without-an-end', '2026-05-15T09:00:00.000Z'),
  fixed('starts-later-without-an-end', '2026-05-15T11:00:00.000Z'),
  fixed('next-week', '2026-05-22T08:00:00.000Z', '2026-05-22T12:00:00.000Z'),
  fixed('last-year', '2025-05-15T08:00:00.000Z', '2025-05-15T12:00:00.000Z'),
  unconfirmed('this-month', 2026, 5),
  unconfirmed('last-month', 2026, 4),
  unconfirmed('october-last-year', 2025, 10),
  unconfirmed('december', 2026, 12),
  unconfirmed('this-year', 2026),
  unconfirmed('last-year-unconfirmed', 2025),
  unconfirmed('next-year', 2027),
  // Switched to "unconfirmed" after its dates were set: GROQ's keys still read the old end.
  unconfirmed('unconfirmed-with-an-old-end', 2026, 12, { endsAt: '2026-01-10T12:00:00.000Z' }),
  { _id: 'without-any-date', _type: 'event', dateMode: 'fixed' },
]

async function groqAnswers() {
  const query = `*[_type == "event"]{_id, "endKey": ${eventEndKey}, "upcoming": ${isUpcoming}, "past": !(${isUpcoming})}`
  const value = await evaluate(parse(query), { dataset: events, timestamp: at })
  return (await value.get()) as {
    _id: string
    endKey: string | null
    upcoming: boolean | null
    past: boolean | null
  }[]
}

test('isUpcomingAt answers as GROQ’s isUpcoming does, for every event at the same instant', async () => {
  const answers = await groqAnswers()

  expect(answers).toHaveLength(events.length)
  for (const { _id, endKey, upcoming, past } of answers) {
    expect({ _id, upcoming: isUpcomingAt(endKey, at) }).toEqual({ _id, upcoming: upcoming === true })
    // An event with any date has a key, so GROQ calls it past exactly when it is not upcoming.
    if (endKey !== null) expect({ _id, past: !isUpcomingAt(endKey, at) }).toEqual({ _id, past })
  }
  const upcoming = answers.filter((answer) => answer.upcoming).map((answer) => answer._id)
  expect(upcoming.sort()).toEqual(
    [
      'december',
      'ends-at-that-instant',
      'ends-that-second-written-without-milliseconds',
      'next-week',
      'next-year',
      'starts-later-without-an-end',
      'this-month',
      'this-year',
    ].sort(),
  )
})

test('upcomingAndPast turns a list newest first into upcoming soonest first and past newest first', () => {
  const newestFirst = [
    { id: 'next-year', endKey: '2027-99' },
    { id: 'next-week', endKey: '2026-05-22T12:00:00.000Z' },
    { id: 'last-month', endKey: '2026-04-99' },
    { id: 'last-year', endKey: '2025-05-15T12:00:00.000Z' },
  ]
  const { upcoming, past } = upcomingAndPast(newestFirst, at)

  expect(upcoming.map(({ id }) => id)).toEqual(['next-week', 'next-year'])
  expect(past.map(({ id }) => id)).toEqual(['last-month', 'last-year'])
  expect(newestFirst[0]?.id).toBe('next-year')
})
