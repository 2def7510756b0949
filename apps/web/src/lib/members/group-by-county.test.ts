import { groupByCounty } from './group-by-county'

const member = (name: string, county: string | null) => ({ name, county })

test('counties in Swedish alphabetical order, members A–Ö within each', () => {
  const groups = groupByCounty([
    member('Nora kommun', 'Örebro'),
    member('Ludvika kommun', 'Dalarna'),
    member('Region Värmland', 'Värmland'),
    member('Avesta kommun', 'Dalarna'),
    member('Norbergs kommun', 'Västmanland'),
    member('Säters kommun', 'Dalarna'),
    member('Sandvikens kommun', 'Gävleborg'),
    member('Älvdalens kommun', 'Dalarna'),
    member('Örebro kommun', 'Örebro'),
    member('Ånge kommun', 'Västernorrland'),
  ])

  expect(groups.map((group) => group.county)).toEqual([
    'Dalarna',
    'Gävleborg',
    'Värmland',
    'Västernorrland',
    'Västmanland',
    'Örebro',
  ])
  expect(groups[0]?.members.map((item) => item.name)).toEqual([
    'Avesta kommun',
    'Ludvika kommun',
    'Säters kommun',
    'Älvdalens kommun',
  ])
  expect(groups.at(-1)?.members.map((item) => item.name)).toEqual(['Nora kommun', 'Örebro kommun'])
})

test('Å, Ä and Ö sort after Z, in that order, as counties and as members', () => {
  const groups = groupByCounty([
    member('Östra kommun', 'Östergötland'),
    member('Ängby kommun', 'Östergötland'),
    member('Åby kommun', 'Östergötland'),
    member('Zeta kommun', 'Östergötland'),
    member('Gotlands kommun', 'Gotland'),
  ])

  expect(groups.map((group) => group.county)).toEqual(['Gotland', 'Östergötland'])
  expect(groups[1]?.members.map((item) => item.name)).toEqual([
    'Zeta kommun',
    'Åby kommun',
    'Ängby kommun',
    'Östra kommun',
  ])
})

test('members without a county are kept, in a group of their own, last', () => {
  const groups = groupByCounty([
    member('Okänd kommun', null),
    member('Borlänge kommun', 'Dalarna'),
    member('Blank kommun', '  '),
  ])

  expect(groups).toEqual([
    { county: 'Dalarna', members: [member('Borlänge kommun', 'Dalarna')] },
    { county: null, members: [member('Blank kommun', '  '), member('Okänd kommun', null)] },
  ])
})

test('no members, no groups; the input is left as it was', () => {
  expect(groupByCounty([])).toEqual([])
  const input = [member('Nora kommun', 'Örebro'), member('Avesta kommun', 'Dalarna')]
  groupByCounty(input)
  expect(input.map((item) => item.name)).toEqual(['Nora kommun', 'Avesta kommun'])
})
