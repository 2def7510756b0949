import { routes } from '@/lib/routes'

export interface NavItem {
  href: string
  label: string
}

export const navItems: readonly NavItem[] = [
  { href: routes.home, label: 'Start' },
  { href: routes.news, label: 'Nyheter' },
  { href: routes.events, label: 'Evenemang' },
  { href: routes.speakers, label: 'Talare' },
  { href: routes.organisations, label: 'Organisationer' },
  { href: routes.about, label: 'Om föreningen' },
]
