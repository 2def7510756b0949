import { organisationKinds } from '@bergslaget/content/vocabularies'

import { groupByKind, organisationKindOrder } from './group-by-kind'

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
    'Kommuner',
    'Regioner',
    'Lärosäten',
    'Science parks',
    'Företag',
    'Övriga',
  ])
})

// A kind left out of the order would leave its organisations off the page without a word.
test('the order has every kind of organisation, once', () => {
  expect([...organisationKindOrder].sort()).toEqual([...organisationKinds.values].sort())
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
