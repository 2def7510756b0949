import { organisationKinds } from '@bergslaget/content/vocabularies'

import { groupRuns } from '@/lib/pagination/grouped-list'

import { byKind, kindGroup, organisationKindOrder } from './group-by-kind'

type Kind = (typeof organisationKindOrder)[number]

const org = (name: string, kind: Kind) => ({ name, kind })

test('groups come in a fixed order with Swedish headings; empty kinds are left out', () => {
  const groups = groupRuns(
    byKind([
      org('Ovako', 'company'),
      org('Övrigt AB', 'other'),
      org('Region Värmland', 'region'),
      org('Högskolan Dalarna', 'university'),
      org('Falu kommun', 'municipality'),
      org('Dalarna Science Park', 'sciencePark'),
    ]),
    kindGroup,
  )

  expect(groups.map(({ id, heading }) => [id, heading])).toEqual([
    ['municipality', 'Kommuner'],
    ['region', 'Regioner'],
    ['university', 'Lärosäten'],
    ['sciencePark', 'Science parks'],
    ['company', 'Företag'],
    ['other', 'Övriga'],
  ])
})

// A kind left out of the order would leave its organisations off the page without a word.
test('the order has every kind of organisation, once', () => {
  expect([...organisationKindOrder].sort()).toEqual([...organisationKinds.values].sort())
})

test('within a kind, organisations keep the order they come in (the content layer’s A–Ö)', () => {
  const names = ['Avesta', 'Borlänge', 'Ovako', 'ludvika', 'Ånge', 'SSAB', 'Älvdalen', 'Örebro']
  const organisations = names.map((name) =>
    org(name, ['Ovako', 'SSAB'].includes(name) ? 'company' : 'municipality'),
  )

  expect(byKind(organisations).map(({ name }) => name)).toEqual([
    'Avesta',
    'Borlänge',
    'ludvika',
    'Ånge',
    'Älvdalen',
    'Örebro',
    'Ovako',
    'SSAB',
  ])
})

test('no organisations, no groups', () => {
  expect(groupRuns(byKind([]), kindGroup)).toEqual([])
})
