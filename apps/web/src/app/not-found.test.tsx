import { render, screen } from '@testing-library/react'

import NotFound from './not-found'

describe('NotFound', () => {
  it('says the page does not exist and offers a way on', () => {
    render(<NotFound />)
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Startsidan' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('link', { name: 'Nyheter' })).toHaveAttribute('href', '/nyheter')
    expect(screen.getByRole('link', { name: 'Evenemang' })).toHaveAttribute('href', '/evenemang')
  })
})
