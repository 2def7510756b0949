import type { SiteSettings } from '@bergslaget/content'
import { render, screen, within } from '@testing-library/react'

import { SiteFooter } from './site-footer'

const settings: SiteSettings = {
  name: 'Intresseföreningen Bergslaget',
  address: { street: 'Myntgatan 2', postalCode: '791 51', city: 'Falun' },
  organisationNumber: '885501-2327',
  website: 'https://bergslaget.se',
  email: null,
  footerLinks: [],
}

describe('SiteFooter', () => {
  it('gives the association’s contact details as the content has them', () => {
    render(<SiteFooter settings={settings} />)
    const footer = screen.getByRole('contentinfo')
    const address = footer.querySelector('address')
    expect(address).toHaveTextContent('Intresseföreningen Bergslaget')
    expect(address).toHaveTextContent('Myntgatan 2')
    expect(address).toHaveTextContent('791 51 Falun')
    expect(address).toHaveTextContent('Organisationsnummer 885501-2327')
    expect(screen.getByRole('link', { name: 'bergslaget.se' })).toHaveAttribute(
      'href',
      'https://bergslaget.se',
    )
    expect(footer).not.toHaveTextContent('E-post')
  })

  it('adds an e-mail link when one is set and leaves out what is not', () => {
    render(
      <SiteFooter
        settings={{ ...settings, address: null, organisationNumber: null, email: 'info@bergslaget.se' }}
      />,
    )
    expect(screen.getByRole('link', { name: 'info@bergslaget.se' })).toHaveAttribute(
      'href',
      'mailto:info@bergslaget.se',
    )
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent('Organisationsnummer')
  })

  it('links the pages editors chose, in their order, in a navigation of its own', () => {
    render(
      <SiteFooter
        settings={{
          ...settings,
          footerLinks: [
            { _id: 'infoPage-tillganglighet', title: 'Tillgänglighetsredogörelse', slug: 'tillganglighet' },
            { _id: 'infoPage-stadgar', title: 'Stadgar', slug: 'stadgar' },
          ],
        }}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Om webbplatsen' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Tillgänglighetsredogörelse', '/tillganglighet'],
      ['Stadgar', '/stadgar'],
    ])
  })

  it('has no links navigation when editors chose none', () => {
    render(<SiteFooter settings={settings} />)
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('still names the association when its document is missing', () => {
    render(<SiteFooter settings={null} />)
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Intresseföreningen Bergslaget')
    expect(screen.getByRole('contentinfo').querySelector('address')).toBeNull()
  })
})
