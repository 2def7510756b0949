'use client'

import { usePathname } from 'next/navigation'

import { PageLink } from '@/components/page-link/page-link'

import { currentMarker } from './current-marker'
import { navItems } from './nav-items'

// The only client component of the shell: the current path is known only in the browser router.
export function SiteNav() {
  const pathname = usePathname()
  return (
    <nav className="site-nav" aria-label="Huvudmeny">
      <ul>
        {navItems.map((item) => (
          <li key={item.href}>
            <PageLink href={item.href} aria-current={currentMarker(item.href, pathname)}>
              {item.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
