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

test('sortBySwedishName sorts a copy by name', () => {
  const items = [{ name: 'Östra' }, { name: 'Ädelfors' }, { name: 'Åsen' }]
  const sorted = sortBySwedishName(items)
  expect(sorted.map((item) => item.name)).toEqual(['Åsen', 'Ädelfors', 'Östra'])
  expect(items[0]?.name).toBe('Östra')
})
