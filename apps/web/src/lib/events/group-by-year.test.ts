import { groupRuns } from '@/lib/pagination/grouped-list'

import { byYear, yearGroup } from './group-by-year'

const fixed = (id: string, startsAt: string) => ({
  id,
  dateMode: 'fixed' as const,
  startsAt,
  endsAt: startsAt,
})
const unconfirmed = (id: string, year: number, month: number | null = null) => ({
  id,
  dateMode: 'unconfirmed' as const,
  year,
  month,
})

type Dated = ReturnType<typeof fixed> | ReturnType<typeof unconfirmed>

const groups = (events: Dated[]) =>
  groupRuns(byYear(events), yearGroup).map(({ id, heading, entries }) => [
    id,
    heading,
    entries.map((event) => event.id),
  ])

test('past events are grouped by year in the order given, undated ones by their known year', () => {
  expect(
    groups([
      fixed('a', '2025-10-01T10:00:00Z'),
      unconfirmed('b', 2025, 3),
      fixed('c', '2024-05-12T11:00:00Z'),
      unconfirmed('d', 2022),
    ]),
  ).toEqual([
    ['ar-2025', '2025', ['a', 'b']],
    ['ar-2024', '2024', ['c']],
    ['ar-2022', '2022', ['d']],
  ])
})

test("an event on New Year's Eve late evening UTC belongs to the new year in Sweden, with that year's events", () => {
  // Newest first by UTC start, as the list orders them: "some time in 2025" sorts above December 31st.
  expect(
    groups([
      fixed('new-year', '2026-01-02T10:00:00Z'),
      unconfirmed('sometime-2025', 2025),
      fixed('party', '2025-12-31T23:30:00Z'),
      fixed('earlier', '2025-12-31T22:30:00Z'),
    ]),
  ).toEqual([
    ['ar-2026', '2026', ['new-year', 'party']],
    ['ar-2025', '2025', ['sometime-2025', 'earlier']],
  ])
})

test('no events, no groups', () => {
  expect(groupRuns(byYear([]), yearGroup)).toEqual([])
})
