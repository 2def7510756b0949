import { initials } from './initials'

test.each([
  ['Göran Nyström', 'GN'],
  ['Tobias Mårtensson', 'TM'],
  ['Anna-Karin von Ek', 'AE'],
  ['  Åsa   Öberg ', 'ÅÖ'],
  ['Cher', 'C'],
  ['ärla ödman', 'ÄÖ'],
  ['', ''],
])('%s → %s', (name, expected) => {
  expect(initials(name)).toBe(expected)
})
