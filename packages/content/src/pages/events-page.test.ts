import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createContentApi } from '../content-api'
import { createEmbeddedSource } from '../source/embedded-source'

const day = 24 * 60 * 60 * 1000
const now = new Date()
const iso = (offsetDays: number) => new Date(now.getTime() + offsetDays * day).toISOString()

const thisYear = now.getUTCFullYear()
const thisMonth = now.getUTCMonth() + 1
const firstOfMonth = (monthsAhead: number, hour = 9) =>
  new Date(Date.UTC(thisYear, thisMonth - 1 + monthsAhead, 1, hour)).toISOString()

function event(slug: string, date: Record<string, unknown>) {
  return {
    _id: `event-${slug}`,
    _type: 'event',
    title: slug,
    slug: { current: slug },
    kind: 'seminar',
    status: 'planned',
    ...date,
  }
}

// Dates are relative to the real clock, since the query asks GROQ's now().
const events = [
  event('in-two-months', { dateMode: 'fixed', startsAt: firstOfMonth(2), endsAt: firstOfMonth(2, 3) }),
  event('ongoing', { dateMode: 'fixed', startsAt: iso(-0.1), endsAt: iso(0.1) }),
  event('two-years-ago-in-march', {
    dateMode: 'fixed',
    startsAt: `${thisYear - 2}-03-10T09:00:00Z`,
    endsAt: `${thisYear - 2}-03-10T12:00:00Z`,
  }),
  event('this-month-unconfirmed', { dateMode: 'unconfirmed', year: thisYear, month: thisMonth }),
  event('next-year-unconfirmed', { dateMode: 'unconfirmed', year: thisYear + 1 }),
  event('last-year-unconfirmed', { dateMode: 'unconfirmed', year: thisYear - 1 }),
  event('two-years-ago-in-may', { dateMode: 'unconfirmed', year: thisYear - 2, month: 5 }),
]

test('upcoming events come soonest first, past ones newest first; undated ones by what is known of them', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'events-')), 'events.ndjson')
  await writeFile(path, events.map((doc) => JSON.stringify(doc)).join('\n'))
  const { upcoming, past } = await createContentApi(createEmbeddedSource(path)).getEventsPage()

  // "Sometime this month" stays upcoming until the month is over and sorts after the month's dated events.
  expect(upcoming.map((item) => item.slug)).toEqual([
    'ongoing',
    'this-month-unconfirmed',
    'in-two-months',
    'next-year-unconfirmed',
  ])
  expect(past.map((item) => item.slug)).toEqual([
    'last-year-unconfirmed',
    'two-years-ago-in-may',
    'two-years-ago-in-march',
  ])
})
