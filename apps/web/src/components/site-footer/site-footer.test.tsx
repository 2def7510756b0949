import { render, screen } from '@testing-library/react'
import { SiteFooter } from './site-footer'

describe('SiteFooter', () => {
  it('gives the association’s contact details', () => {
    render(<SiteFooter />)
    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent('Intresseföreningen Bergslaget')
    const address = footer.querySelector('address')
    expect(address).toHaveTextContent('Myntgatan 2')
    expect(address).toHaveTextContent('791 51 Falun')
    expect(footer).toHaveTextContent('Organisationsnummer 885501-2327')
    expect(screen.getByRole('link', { name: 'bergslaget.se' })).toHaveAttribute(
      'href',
      'https://bergslaget.se',
    )
  })
})
