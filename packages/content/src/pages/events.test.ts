import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createContentApi } from '../content-api'
import { upcomingAndPast } from '../fragments/event-date-keys'
import { createEmbeddedSource } from '../source/embedded-source'
import { captureContentErrors } from '../testing/capture-content-errors'
import { apiWithEachDocument, writeDatasetVariant } from '../testing/dataset-variant'

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

// Dates are relative to the real clock, as the site splits the list at the time of the render.
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
  const order = await createContentApi(createEmbeddedSource(path)).listEventOrder()
  const { upcoming, past } = upcomingAndPast(order, new Date())

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

const slug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const brokenTalkId = 'talk-ovakos-vatgassatsning-i-hofors'

const errors = captureContentErrors()

test("the programme follows each talk's position, not the order the documents are stored in", async () => {
  const path = await writeDatasetVariant((documents) => [...documents].reverse())
  const event = await createContentApi(createEmbeddedSource(path)).getEventPage(slug)

  expect(event?.programme.map((talk) => talk.order)).toEqual([1, 2, 3, 4, 5, 6])
})

test('talks at the same position are ordered by start time; a talk without a time comes last', async () => {
  // Positions 2 and 3 share a slot; 3 starts first, 2 has no time at all.
  const times: Record<string, string> = {
    'talk-valkommen-fokusomradet-bergslagens-industri-2022-2023': '2022-05-12T13:00:00Z',
    [brokenTalkId]: '',
    'talk-samverkan-med-naringslivet-i-hofors-och-projektet-framtid-haga': '2022-05-12T13:20:00Z',
  }
  const api = await apiWithEachDocument((doc) => {
    const startsAt = times[doc._id]
    if (startsAt === undefined) return doc
    return {
      ...doc,
      order: doc._id === brokenTalkId ? 2 : Math.min(Number(doc.order), 2),
      ...(startsAt && { startsAt }),
    }
  })
  const programme = (await api.getEventPage(slug))?.programme ?? []

  expect(programme.map((talk) => [talk.order, talk.startsAt ?? null])).toEqual([
    [1, '2022-05-12T13:00:00Z'],
    [2, '2022-05-12T13:20:00Z'],
    [2, null],
    [4, null],
    [5, null],
    [6, null],
  ])
})

test('a talk without a title is left out of the programme, logged with its id, and the rest is shown', async () => {
  const api = await apiWithEachDocument((doc) => {
    if (doc._id !== brokenTalkId) return doc
    const { title, ...withoutTitle } = doc
    return withoutTitle
  })
  const event = await api.getEventPage(slug)

  expect(event?.programme.map((talk) => talk.order)).toEqual([1, 3, 4, 5, 6])
  expect(errors).toEqual([expect.stringContaining(`invalid talk ${brokenTalkId} skipped: title`)])
})

test('a speaker reference to a missing document drops that speaker, not the talk', async () => {
  const api = await apiWithEachDocument((doc) =>
    doc._id === 'speaker-goran-nystrom' ? { ...doc, _id: 'speaker-gone' } : doc,
  )
  const talk = (await api.getEventPage(slug))?.programme.find((item) => item._id === brokenTalkId)

  expect(talk?.title).toBe('Ovakos vätgassatsning i Hofors')
  expect(talk?.speakers).toEqual([])
  expect(errors).toEqual([expect.stringContaining('invalid talk speaker item')])
})

test('a fixed-date event without a start is treated as not found and logged', async () => {
  const api = await apiWithEachDocument((doc) =>
    doc._type === 'event' ? { ...doc, dateMode: 'fixed' } : doc,
  )

  expect(await api.getEventPage(slug)).toBeNull()
  expect(errors).toEqual([
    expect.stringContaining('invalid event event-seminarium-arsmote-2022 skipped: startsAt'),
  ])
})

test('an invalid event is left out of the events list and logged; the list still renders', async () => {
  const api = await apiWithEachDocument((doc) => (doc._type === 'event' ? { ...doc, kind: 'party' } : doc))

  expect(await api.listEventOrder()).toEqual([])
  expect(await api.listEventSlugs()).toEqual([])
  expect(await api.getEventsPage(['event-seminarium-arsmote-2022'])).toEqual([])
  expect(errors).toEqual([
    expect.stringContaining('invalid event event-seminarium-arsmote-2022 skipped: kind'),
    expect.stringContaining('invalid event event-seminarium-arsmote-2022 skipped: kind'),
    expect.stringContaining('invalid event event-seminarium-arsmote-2022 skipped: kind'),
  ])
})

test('a page of the list reads its events by id, in the order of the ids; equal dates are ordered by id', async () => {
  const sameYear = (id: string) => event(id, { dateMode: 'unconfirmed', year: 2020 })
  const path = join(await mkdtemp(join(tmpdir(), 'events-')), 'events.ndjson')
  const documents = [sameYear('c'), sameYear('a'), ...events, sameYear('b')]
  await writeFile(path, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  const api = createContentApi(createEmbeddedSource(path))
  const order = await api.listEventOrder()

  expect(order.slice(-3).map((item) => item.slug)).toEqual(['a', 'b', 'c'])
  const ids = order.slice(2, 6).map((item) => item._id)
  expect((await api.getEventsPage(ids)).map((item) => item._id)).toEqual(ids)
  expect(await api.getEventsPage([])).toEqual([])
})

test('a venue position missing a coordinate is no position; the venue and the event stay', async () => {
  const api = await apiWithEachDocument((doc) =>
    doc._type === 'event'
      ? { ...doc, venue: { ...(doc.venue as object), location: { _type: 'geopoint', lat: 60.48 } } }
      : doc,
  )
  const event = await api.getEventPage(slug)
  const [listed] = await api.getEventsPage(['event-seminarium-arsmote-2022'])

  expect(event?.venue).toEqual({
    name: 'Dalarna Science Park',
    street: null,
    city: 'Borlänge',
    location: null,
  })
  expect(listed?.venue).toEqual(event?.venue)
  expect(errors).toEqual([])
})
