import { newestFirst } from './newest-first'

test('newest key first; a shorter key (a year) after the longer ones it starts; equal keys by id', () => {
  const entries = [
    { _id: 'b', sortKey: '2023' },
    { _id: 'c', sortKey: '2022-12-01T08:00:00Z' },
    { _id: 'a', sortKey: '2023' },
    { _id: 'd', sortKey: '2023-05-02T08:00:00Z' },
  ]
  expect(newestFirst(entries).map(({ _id }) => _id)).toEqual(['d', 'a', 'b', 'c'])
  expect(entries[0]?._id).toBe('b')
})
