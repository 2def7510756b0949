import { describeMembership } from './describe-membership'

const members = (municipalities: number, regions: number) => [
  ...Array.from({ length: municipalities }, () => ({ kind: 'municipality' })),
  ...Array.from({ length: regions }, () => ({ kind: 'region' })),
]

test('says how many of all members the register shows, and of which kinds', () => {
  expect(describeMembership({ memberCount: 29, members: members(14, 3) })).toBe(
    'Föreningen har 29 medlemmar. Här visas de 17 som finns i vårt register: 14 kommuner och 3 regioner.',
  )
})

test('when the register is complete, or the total unknown, gives the one figure', () => {
  expect(describeMembership({ memberCount: 17, members: members(14, 3) })).toBe(
    'Föreningen har 17 medlemmar: 14 kommuner och 3 regioner.',
  )
  expect(describeMembership({ memberCount: null, members: members(2, 0) })).toBe(
    'Föreningen har 2 medlemmar: 2 kommuner.',
  )
  // A total below the list is out of date; the list is what can be shown.
  expect(describeMembership({ memberCount: 3, members: members(4, 1) })).toBe(
    'Föreningen har 5 medlemmar: 4 kommuner och 1 region.',
  )
})

test('singular forms', () => {
  expect(describeMembership({ memberCount: 29, members: members(1, 0) })).toBe(
    'Föreningen har 29 medlemmar. Här visas den som finns i vårt register: 1 kommun.',
  )
  expect(describeMembership({ memberCount: 1, members: members(0, 1) })).toBe(
    'Föreningen har 1 medlem: 1 region.',
  )
})

test('an empty register says so', () => {
  expect(describeMembership({ memberCount: 29, members: [] })).toBe(
    'Föreningen har 29 medlemmar. Medlemslistan är inte publicerad ännu.',
  )
  expect(describeMembership({ memberCount: null, members: [] })).toBe(
    'Medlemslistan är inte publicerad ännu.',
  )
})

test('a member of another kind is counted, not hidden', () => {
  expect(describeMembership({ memberCount: null, members: [...members(2, 1), { kind: 'company' }] })).toBe(
    'Föreningen har 4 medlemmar: 2 kommuner, 1 region och 1 annan medlem.',
  )
})
