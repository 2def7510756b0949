import { moveRow, orderPatches, programmeRows } from './reorder'

const versions = [
  { _id: 'talk-c', title: 'Avslutning', order: 3 },
  { _id: 'talk-a', title: 'Välkommen', order: 1 },
  { _id: 'talk-b', title: 'Vätgas i Hofors', order: 2 },
  { _id: 'drafts.talk-b', title: 'Vätgas i Hofors (nytt)', order: 2 },
]

describe('programmeRows', () => {
  it('gives one row per talk in programme order, showing the draft', () => {
    expect(programmeRows(versions)).toEqual([
      { id: 'talk-a', title: 'Välkommen', order: 1, versionIds: ['talk-a'] },
      { id: 'talk-b', title: 'Vätgas i Hofors (nytt)', order: 2, versionIds: ['drafts.talk-b', 'talk-b'] },
      { id: 'talk-c', title: 'Avslutning', order: 3, versionIds: ['talk-c'] },
    ])
  })

  it('puts talks without a place last, then orders by start time and title', () => {
    const rows = programmeRows([
      { _id: 'talk-x', title: 'Utan plats' },
      { _id: 'talk-y', title: 'B', order: 1, startsAt: '2026-04-23T09:00:00Z' },
      { _id: 'talk-z', title: 'A', order: 1, startsAt: '2026-04-23T08:00:00Z' },
      { _id: 'drafts.talk-new', order: 2 },
    ])
    expect(rows.map(({ id, title }) => `${id}:${title}`)).toEqual([
      'talk-z:A',
      'talk-y:B',
      'talk-new:Föredrag utan rubrik',
      'talk-x:Utan plats',
    ])
  })
})

describe('moveRow', () => {
  it('moves a row down and up', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveRow(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
  })

  it('clamps the target and ignores a missing source', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
    expect(moveRow(['a', 'b'], 5, 0)).toEqual(['a', 'b'])
  })
})

describe('orderPatches', () => {
  it('numbers the dragged order from 1, patching every version of each moved talk', () => {
    const dragged = moveRow(programmeRows(versions), 2, 0)
    expect(orderPatches(dragged)).toEqual([
      { documentId: 'talk-c', order: 1 },
      { documentId: 'talk-a', order: 2 },
      { documentId: 'drafts.talk-b', order: 3 },
      { documentId: 'talk-b', order: 3 },
    ])
  })

  it('patches nothing when the order is unchanged, and fills gaps and missing places', () => {
    expect(orderPatches(programmeRows(versions))).toEqual([])
    const gappy = programmeRows([{ _id: 'talk-a', order: 1 }, { _id: 'talk-b', order: 5 }, { _id: 'talk-c' }])
    expect(orderPatches(gappy)).toEqual([
      { documentId: 'talk-b', order: 2 },
      { documentId: 'talk-c', order: 3 },
    ])
  })
})
