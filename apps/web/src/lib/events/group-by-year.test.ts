import { groupByYear } from './group-by-year'

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

test('past events are grouped by year in the order given, undated ones by their known year', () => {
  const groups = groupByYear([
    fixed('a', '2025-10-01T10:00:00Z'),
    unconfirmed('b', 2025, 3),
    fixed('c', '2024-05-12T11:00:00Z'),
    unconfirmed('d', 2022),
  ])
  expect(groups.map(({ year, events }) => [year, events.map((event) => event.id)])).toEqual([
    [2025, ['a', 'b']],
    [2024, ['c']],
    [2022, ['d']],
  ])
})

test("an event on New Year's Eve late evening UTC belongs to the new year in Sweden", () => {
  const groups = groupByYear([
    fixed('party', '2025-12-31T23:30:00Z'),
    fixed('earlier', '2025-12-31T22:30:00Z'),
  ])
  expect(groups.map(({ year, events }) => [year, events.map((event) => event.id)])).toEqual([
    [2026, ['party']],
    [2025, ['earlier']],
  ])
})

test('no events, no groups', () => {
  expect(groupByYear([])).toEqual([])
})
