import { evaluate, parse } from 'groq-js'

import { hasEnded } from '../schema/shared/event-period'

import { PAST_EVENTS_FILTER, UPCOMING_EVENTS_FILTER } from './event-filters'

const NOW = '2027-05-15T12:00:00.000Z'

const events = [
  { _id: 'fixed-past', dateMode: 'fixed', startsAt: '2027-05-15T08:00:00Z', endsAt: '2027-05-15T11:00:00Z' },
  {
    _id: 'fixed-running',
    dateMode: 'fixed',
    startsAt: '2027-05-15T08:00:00Z',
    endsAt: '2027-05-15T13:00:00Z',
  },
  { _id: 'start-only', dateMode: 'fixed', startsAt: '2027-05-16T08:00:00Z' },
  { _id: 'this-month', dateMode: 'unconfirmed', year: 2027, month: 5 },
  { _id: 'last-month', dateMode: 'unconfirmed', year: 2027, month: 4 },
  { _id: 'november', dateMode: 'unconfirmed', year: 2027, month: 11 },
  { _id: 'this-year', dateMode: 'unconfirmed', year: 2027 },
  { _id: 'last-year', dateMode: 'unconfirmed', year: 2026 },
  { _id: 'undated', dateMode: 'unconfirmed' },
].map((event) => ({ ...event, _type: 'event' }))

async function idsMatching(filter: string): Promise<string[]> {
  const tree = parse(`*[${filter}]._id`)
  const result = await evaluate(tree, { dataset: events, timestamp: new Date(NOW) })
  return ((await result.get()) as string[]).sort()
}

describe('the Kommande and Tidigare filters', () => {
  it('split events as the site does (end, else start, else the end of the known month or year)', async () => {
    expect(await idsMatching(UPCOMING_EVENTS_FILTER)).toEqual(
      ['fixed-running', 'november', 'start-only', 'this-month', 'this-year'].sort(),
    )
    expect(await idsMatching(PAST_EVENTS_FILTER)).toEqual(['fixed-past', 'last-month', 'last-year'].sort())
  })

  it('agree with hasEnded, which the registration link warning uses', async () => {
    const past = events.filter((event) => hasEnded(event, new Date(NOW))).map(({ _id }) => _id)
    expect(await idsMatching(PAST_EVENTS_FILTER)).toEqual(past.sort())
  })
})
