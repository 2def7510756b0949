import { laterPageSegments, pageCountOf, pageFromSegment, pageLinks, paginate } from './paginate'

const items = Array.from({ length: 23 }, (_, index) => `artikel ${index + 1}`)

describe('paginate', () => {
  it('gives the first page with no previous page', () => {
    expect(paginate(items, 1, 10)).toEqual({
      items: items.slice(0, 10),
      page: 1,
      pageCount: 3,
      total: 23,
      first: 1,
      last: 10,
      previous: null,
      next: 2,
    })
  })

  it('gives a middle page with both neighbours', () => {
    const page = paginate(items, 2, 10)
    expect(page?.items).toEqual(items.slice(10, 20))
    expect(page).toMatchObject({ first: 11, last: 20, previous: 1, next: 3 })
  })

  it('gives a short last page with no next page', () => {
    const page = paginate(items, 3, 10)
    expect(page?.items).toEqual(['artikel 21', 'artikel 22', 'artikel 23'])
    expect(page).toMatchObject({ first: 21, last: 23, previous: 2, next: null })
  })

  it('has no page outside the range', () => {
    expect(paginate(items, 4, 10)).toBeNull()
    expect(paginate(items, 0, 10)).toBeNull()
    expect(paginate(items, -1, 10)).toBeNull()
    expect(paginate(items, 1.5, 10)).toBeNull()
    expect(paginate(items, Number.NaN, 10)).toBeNull()
  })

  it('gives an empty list one empty page and nothing after it', () => {
    expect(paginate([], 1, 10)).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
      first: 0,
      last: 0,
      previous: null,
      next: null,
    })
    expect(paginate([], 2, 10)).toBeNull()
  })

  it('fills the last page exactly when the total is a multiple of the page size', () => {
    expect(pageCountOf(20, 10)).toBe(2)
    expect(paginate(items.slice(0, 20), 2, 10)).toMatchObject({ last: 20, next: null })
    expect(paginate(items.slice(0, 20), 3, 10)).toBeNull()
  })
})

describe('laterPageSegments', () => {
  it('names the pages after the first, none for a list of one page', () => {
    expect(laterPageSegments(3)).toEqual(['2', '3'])
    expect(laterPageSegments(1)).toEqual([])
  })
})

describe('pageFromSegment', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['12', 12],
  ])('reads %j as page %d', (segment, page) => {
    expect(pageFromSegment(segment)).toBe(page)
  })

  it.each(['0', '02', '-1', '2.0', '1e1', ' 2', 'två', ''])('refuses %j', (segment) => {
    expect(pageFromSegment(segment)).toBeNull()
  })
})

describe('pageLinks', () => {
  it('lists every page while there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('keeps the first, the last and the current page with its neighbours, with gaps between', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 'gap', 20])
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20])
    expect(pageLinks(20, 20)).toEqual([1, 'gap', 19, 20])
  })

  it('shows a single skipped page instead of a gap', () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20])
  })
})
