import { pageTypes, singletonPages, type ListType } from '@bergslaget/content/content-types'

import { routes } from '@/lib/routes'

export interface NavItem {
  href: string
  label: string
}

/** A section's list page, named as visitors read its type in the plural. */
const section = (type: ListType): NavItem => ({
  href: routes.list[type],
  label: pageTypes[type].names.visitor.many,
})

export const navItems: readonly NavItem[] = [
  { href: routes.home, label: 'Start' },
  section('article'),
  section('event'),
  section('speaker'),
  section('organisation'),
  { href: routes.about, label: singletonPages.association.names.visitor.one },
]
