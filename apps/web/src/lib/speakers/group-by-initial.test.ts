import { compareSwedish } from '@bergslaget/content'

import { byInitial, initialGroup, initialOf } from './group-by-initial'

test.each([
  ['Anna', 'A'],
  ['anna', 'A'],
  ['  Ulla', 'U'],
  ['Åsa', 'Å'],
  ['Ärla', 'Ä'],
  ['Örjan', 'Ö'],
  ['örjan', 'Ö'],
  ['Émile', 'E'],
  ['Üwe', 'Y'],
  ['Øystein', 'Ö'],
  ['Æsa', 'Ä'],
  ['Łukasz', 'L'],
  ['Wilhelm', 'W'],
  ['Viktor', 'V'],
])('%j is listed under %s', (name, letter) => {
  expect(initialOf(name)).toBe(letter)
})

test.each(['3M', '"Kalle"', 'Þóra', 'Иван', ''])('%j starts with no letter of A–Ö', (name) => {
  expect(initialOf(name)).toBeNull()
  expect(initialGroup({ name })).toEqual({ id: 'ovriga', heading: 'Övriga' })
})

test('a letter group is named by its letter; Å, Ä and Ö keep theirs', () => {
  expect(initialGroup({ name: 'sven' })).toEqual({ id: 'bokstav-s', heading: 'S' })
  expect(initialGroup({ name: 'Åke' })).toEqual({ id: 'bokstav-å', heading: 'Å' })
})

test('names sorted A–Ö come out in the same order, with those of no letter last', () => {
  const names = ['Émile', 'ärla', 'Þóra', '3M', 'Zelda', 'Åsa', 'Örjan', 'Anna', 'Edvin', 'Öberg']
  const sorted = [...names].sort(compareSwedish)
  expect(sorted.slice(0, 1)).toEqual(['3M'])

  expect(byInitial(sorted.map((name) => ({ name }))).map(({ name }) => name)).toEqual([
    'Anna',
    'Edvin',
    'Émile',
    'Zelda',
    'Åsa',
    'ärla',
    'Öberg',
    'Örjan',
    '3M',
    'Þóra',
  ])
})
