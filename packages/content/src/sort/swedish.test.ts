import { compareSwedish, sortBySwedishName } from './swedish'

test('Å, Ä and Ö come after Z and in that order', () => {
  const names = ['Örebro', 'Ånge', 'Avesta', 'Älvdalen', 'Zinkgruvan', 'Borlänge']
  expect([...names].sort(compareSwedish)).toEqual([
    'Avesta',
    'Borlänge',
    'Zinkgruvan',
    'Ånge',
    'Älvdalen',
    'Örebro',
  ])
})

test('case does not split the alphabet and numbers sort by value', () => {
  expect(['ovako', 'Avesta', 'H2 Green Steel', 'H10 Gruppen'].sort(compareSwedish)).toEqual([
    'Avesta',
    'H2 Green Steel',
    'H10 Gruppen',
    'ovako',
  ])
})

test('sortBySwedishName sorts a copy by name, equal names by id', () => {
  const items = [
    { _id: 'c', name: 'Östra' },
    { _id: 'b', name: 'Ädelfors' },
    { _id: 'z', name: 'Åsen' },
    { _id: 'a', name: 'åsen' },
  ]
  const sorted = sortBySwedishName(items)
  expect(sorted.map((item) => item._id)).toEqual(['a', 'z', 'b', 'c'])
  expect(items[0]?.name).toBe('Östra')
})
