import { groupRuns, indexGroups, type ListGroup } from './grouped-list'
import { paginate } from './paginate'

// Words by their first letter: 3 a-words, 4 b-words, 1 c-word, 2 d-words; pages of 3.
const words = ['apa', 'arg', 'as', 'bi', 'bo', 'bro', 'bus', 'ceder', 'dal', 'dy']
const byLetter = (word: string): ListGroup => ({
  id: `bokstav-${word.charAt(0)}`,
  heading: word.charAt(0).toUpperCase(),
})

test('the index has every group of the whole list, its size and the page where it starts', () => {
  expect(indexGroups(words, byLetter, 3)).toEqual([
    { id: 'bokstav-a', heading: 'A', count: 3, page: 1 },
    { id: 'bokstav-b', heading: 'B', count: 4, page: 2 },
    // B fills page 2 and goes on to page 3, where C starts after it.
    { id: 'bokstav-c', heading: 'C', count: 1, page: 3 },
    { id: 'bokstav-d', heading: 'D', count: 2, page: 3 },
  ])
})

test('a group that starts on the first entry of a page starts on that page, not the one before', () => {
  expect(indexGroups(words, byLetter, 7).map(({ page }) => page)).toEqual([1, 1, 2, 2])
  expect(indexGroups(words, byLetter, 100).map(({ page }) => page)).toEqual([1, 1, 1, 1])
  expect(indexGroups([], byLetter, 3)).toEqual([])
})

test('a page shows its entries under their groups; a group going on from the page before repeats its heading', () => {
  const page = (n: number) => groupRuns(paginate(words, n, 3)?.items ?? [], byLetter)

  expect(page(1)).toEqual([{ id: 'bokstav-a', heading: 'A', entries: ['apa', 'arg', 'as'] }])
  expect(page(2)).toEqual([{ id: 'bokstav-b', heading: 'B', entries: ['bi', 'bo', 'bro'] }])
  expect(page(3)).toEqual([
    { id: 'bokstav-b', heading: 'B', entries: ['bus'] },
    { id: 'bokstav-c', heading: 'C', entries: ['ceder'] },
    { id: 'bokstav-d', heading: 'D', entries: ['dal'] },
  ])
  expect(page(4)).toEqual([{ id: 'bokstav-d', heading: 'D', entries: ['dy'] }])
})
