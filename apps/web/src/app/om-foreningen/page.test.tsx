import { render, screen, within } from '@testing-library/react'

import AboutRoute, { generateMetadata } from './page'

test('the association page names the association and gives its description and focus area', async () => {
  render(await AboutRoute())

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Intresseföreningen Bergslaget')
  expect(
    screen.getByText(/ideell förening för samverkan mellan 24 kommuner och 5 regioner/),
  ).toBeInTheDocument()
  const focus = screen.getByRole('region', { name: 'Fokusområde' })
  expect(within(focus).getByRole('heading', { level: 3 })).toHaveTextContent('Bergslagens industri')
  expect(focus).toHaveTextContent('2022–2023')
})

test('members are grouped by county A–Ö, with the known part of the total said honestly', async () => {
  render(await AboutRoute())

  const members = screen.getByRole('region', { name: 'Medlemmar' })
  expect(members).toHaveTextContent(
    'Föreningen har 29 medlemmar. Här visas de 17 som finns i vårt register: 14 kommuner och 3 regioner.',
  )
  const counties = within(members).getAllByRole('heading', { level: 3 })
  expect(counties.map((heading) => heading.textContent)).toEqual([
    'Dalarna',
    'Gävleborg',
    'Värmland',
    'Västmanland',
    'Örebro',
  ])
  const dalarna = within(members).getByRole('region', { name: 'Dalarna' })
  expect(
    within(dalarna)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual([
    'Avesta kommun',
    'Borlänge kommun',
    'Falu kommun',
    'Ludvika kommun',
    'Smedjebackens kommun',
    'Säters kommun',
  ])
  const orebro = within(members).getByRole('region', { name: 'Örebro' })
  expect(within(orebro).getByRole('link', { name: 'Region Örebro län' })).toHaveAttribute(
    'href',
    '/organisationer/region-orebro-lan',
  )
  expect(within(members).getAllByRole('listitem')).toHaveLength(17)
})

test('the chair links to his page with his roles; the contact details are an address', async () => {
  render(await AboutRoute())

  const chair = screen.getByRole('region', { name: 'Ordförande' })
  expect(within(chair).getByRole('link', { name: 'Jan Bohman' })).toHaveAttribute(
    'href',
    '/talare/jan-bohman',
  )
  expect(chair).toHaveTextContent(
    'Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun',
  )

  const contact = screen.getByRole('region', { name: 'Kontakt' })
  const address = contact.querySelector('address')
  expect(address).toHaveTextContent('Myntgatan 2')
  expect(address).toHaveTextContent('791 51 Falun')
  expect(address).toHaveTextContent('Organisationsnummer 885501-2327')
  expect(within(contact).getByRole('link', { name: 'bergslaget.se' })).toHaveAttribute(
    'href',
    'https://bergslaget.se',
  )
})

test('the page has its own title and canonical address', async () => {
  const metadata = await generateMetadata()
  expect(metadata.title).toBe('Om föreningen')
  expect(metadata.alternates?.canonical).toMatch(/\/om-foreningen$/)
})
