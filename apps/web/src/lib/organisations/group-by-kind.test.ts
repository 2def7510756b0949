import { groupByKind } from './group-by-kind'

const org = (name: string, kind: Parameters<typeof groupByKind>[0][number]['kind']) => ({ name, kind })

test('groups come in a fixed order with Swedish headings; empty kinds are left out', () => {
  const groups = groupByKind([
    org('Ovako', 'company'),
    org('Övrigt AB', 'other'),
    org('Region Värmland', 'region'),
    org('Högskolan Dalarna', 'university'),
    org('Falu kommun', 'municipality'),
    org('Dalarna Science Park', 'sciencePark'),
  ])

  expect(groups.map((group) => group.heading)).toEqual([
    'Kommun',
    'Region',
    'Lärosäte',
    'Science park',
    'Företag',
    'Övriga',
  ])
})

test('names within a group are A–Ö in Swedish order, not code-point order', () => {
  const [municipalities] = groupByKind(
    ['Örebro', 'Ånge', 'Avesta', 'Älvdalen', 'Borlänge', 'ludvika'].map((name) => org(name, 'municipality')),
  )

  expect(municipalities?.organisations.map((organisation) => organisation.name)).toEqual([
    'Avesta',
    'Borlänge',
    'ludvika',
    'Ånge',
    'Älvdalen',
    'Örebro',
  ])
})

test('no organisations, no groups', () => {
  expect(groupByKind([])).toEqual([])
})
