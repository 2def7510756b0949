/** @jest-environment node */
import { calendarTestEvents, writeCalendarDataset } from '@/testing/calendar-dataset'
import { importOnDataset } from '@/testing/import-on-dataset'
import { entryOf, parseCalendar } from '@/testing/parse-calendar'

import type * as Route from './route'

const { upcoming, cancelled } = calendarTestEvents

test('serves the upcoming events with a fixed date as a calendar to subscribe to, rebuilt hourly', async () => {
  const route = await importOnDataset<typeof Route>(await writeCalendarDataset(), () => import('./route'))
  const response = await route.GET()
  const feed = parseCalendar(await response.text())

  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  // Opened in place by a calendar that subscribes, not saved as a file.
  expect(response.headers.get('content-disposition')).toBeNull()
  expect(route.revalidate).toBe(3600)
  expect(feed.calendar?.['WR-CALNAME']).toBe('Intresseföreningen Bergslagets evenemang')
  expect(feed.events.map((event) => event.uid).sort()).toEqual(
    [`${cancelled.id}@localhost`, `${upcoming.id}@localhost`].sort(),
  )
  expect(entryOf(feed, upcoming.id).start.toISOString()).toBe(upcoming.document.startsAt)
  expect(entryOf(feed, cancelled.id).status).toBe('CANCELLED')
})

test('on the bundled dataset, with nothing upcoming, it is a valid calendar without entries', async () => {
  const route = await importOnDataset<typeof Route>(undefined, () => import('./route'))
  const response = await route.GET()
  const feed = parseCalendar(await response.text())

  expect(response.status).toBe(200)
  expect(feed.calendar?.['WR-CALNAME']).toBe('Intresseföreningen Bergslagets evenemang')
  expect(feed.events).toEqual([])
})
