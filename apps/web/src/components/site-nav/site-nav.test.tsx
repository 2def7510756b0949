import { render, screen } from '@testing-library/react'
import { usePathname } from 'next/navigation'

import { SiteNav } from './site-nav'

jest.mock('next/navigation', () => ({ usePathname: jest.fn() }))

const mockPathname = (pathname: string) => jest.mocked(usePathname).mockReturnValue(pathname)

describe('SiteNav', () => {
  it('links every section in order', () => {
    mockPathname('/')
    render(<SiteNav />)
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' })
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')])
    expect(links).toEqual([
      ['Start', '/'],
      ['Nyheter', '/nyheter'],
      ['Evenemang', '/evenemang'],
      ['Talare', '/talare'],
      ['Organisationer', '/organisationer'],
      ['Om föreningen', '/om-foreningen'],
    ])
  })

  it('marks the start page only on the start page', () => {
    mockPathname('/')
    render(<SiteNav />)
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Nyheter' })).not.toHaveAttribute('aria-current')
  })

  it('marks the current section page', () => {
    mockPathname('/evenemang')
    render(<SiteNav />)
    expect(screen.getByRole('link', { name: 'Evenemang' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current')
    expect(screen.getAllByRole('link').filter((a) => a.hasAttribute('aria-current'))).toHaveLength(1)
  })

  it('marks the section of a page inside it without calling it the page', () => {
    mockPathname('/evenemang/arsmote-2022/inledning')
    render(<SiteNav />)
    expect(screen.getByRole('link', { name: 'Evenemang' })).toHaveAttribute('aria-current', 'true')
  })

  it('does not mark a section that only shares a prefix', () => {
    mockPathname('/nyheter-arkiv')
    render(<SiteNav />)
    expect(screen.getByRole('link', { name: 'Nyheter' })).not.toHaveAttribute('aria-current')
  })
})
