import { render, screen, within } from '@testing-library/react'

import OrganisationsRoute from './page'

test('organisations are grouped by kind in a fixed order, A–Ö within a group, with their city', async () => {
  render(await OrganisationsRoute())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Organisationer')
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Kommuner',
    'Regioner',
    'Lärosäten',
    'Science parks',
    'Föreningar',
    'Företag',
  ])

  const names = (group: string) =>
    within(screen.getByRole('region', { name: group }))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('a')?.textContent)
  expect(names('Kommuner')).toEqual([
    'Avesta kommun',
    'Borlänge kommun',
    'Fagersta kommun',
    'Falu kommun',
    'Filipstads kommun',
    'Hofors kommun',
    'Kristinehamns kommun',
    'Lindesbergs kommun',
    'Ljusnarsbergs kommun',
    'Ludvika kommun',
    'Nora kommun',
    'Norbergs kommun',
    'Sandvikens kommun',
    'Smedjebackens kommun',
    'Säters kommun',
  ])
  expect(names('Regioner')).toEqual(['Region Gävleborg', 'Region Värmland', 'Region Örebro län'])
  // Swedish order, not code points: "Sandvik" before "SSAB", "Volvokoncernen" last.
  const companies = names('Företag')
  expect(companies.indexOf('Sandvik')).toBeLessThan(companies.indexOf('SSAB'))
  expect(companies.at(-1)).toBe('Volvokoncernen')

  const falun = screen.getByRole('link', { name: 'Falu kommun' })
  expect(falun).toHaveAttribute('href', '/organisationer/falu-kommun')
  expect(falun.closest('li')).toHaveTextContent('Falu kommun, Falun')
})

test('a jump link leads to each group, on the page where it starts; one page needs no page links', async () => {
  render(await OrganisationsRoute())

  const nav = screen.getByRole('navigation', { name: 'Typer av organisationer' })
  const region = within(nav).getByRole('link', { name: 'Regioner' })
  expect(region).toHaveAttribute('href', '/organisationer#region')
  expect(region.closest('li')).toHaveTextContent('Regioner (3)')
  expect(within(nav).getAllByRole('link')).toHaveLength(6)
  expect(document.getElementById('region')).toHaveAccessibleName('Regioner')
  expect(screen.queryByRole('navigation', { name: 'Sidnumrering' })).toBeNull()
})
