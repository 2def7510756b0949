/** @jest-environment node */
import { calendarTestEvents, writeCalendarDataset } from '@/testing/calendar-dataset'
import { importOnDataset } from '@/testing/import-on-dataset'
import { entryOf, parseCalendar } from '@/testing/parse-calendar'

import type * as Route from './route'

const { upcoming, cancelled, past, unconfirmed } = calendarTestEvents
const bundledSlug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

let route: typeof Route
beforeAll(async () => {
  route = await importOnDataset<typeof Route>(await writeCalendarDataset(), () => import('./route'))
})

const get = (slug: string) =>
  route.GET(new Request('http://localhost/'), { params: Promise.resolve({ slug }) })

test('every event with a fixed date, past ones too, is prerendered; no other', async () => {
  const fixed = Object.values(calendarTestEvents).filter(({ id }) => id !== unconfirmed.id)

  const params = await route.generateStaticParams()

  expect(params.map(({ slug }) => slug).sort()).toEqual(fixed.map(({ slug }) => slug).sort())
})

test("serves one event as a file to save, named by the event's slug", async () => {
  const response = await get(upcoming.slug)
  const calendar = parseCalendar(await response.text())

  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="kalender-kommande.ics"')
  expect(calendar.events).toHaveLength(1)
  const entry = entryOf(calendar, upcoming.id)
  expect(entry.uid).toBe(`${upcoming.id}@localhost`)
  expect(entry.summary).toBe(upcoming.title)
  expect(entry.start.toISOString()).toBe(upcoming.document.startsAt)
  expect(entry.end?.toISOString()).toBe(upcoming.document.endsAt)
  expect(entry.status).toBe('CONFIRMED')
})

test('a cancelled event and a past one have their files too', async () => {
  expect(entryOf(parseCalendar(await (await get(cancelled.slug)).text()), cancelled.id).status).toBe(
    'CANCELLED',
  )
  expect((await get(past.slug)).status).toBe(200)
})

test.each([
  ['an event known only by its year', unconfirmed.slug],
  ['the bundled event, known only by its year', bundledSlug],
  ['an address that names no event', 'finns-inte'],
])('%s has no file: 404', async (_what, slug) => {
  const response = await get(slug)
  expect(response.status).toBe(404)
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
})

test('on the bundled dataset no event has a fixed date, so nothing is prerendered', async () => {
  const bundled = await importOnDataset<typeof Route>(undefined, () => import('./route'))
  expect(await bundled.generateStaticParams()).toEqual([])
})
