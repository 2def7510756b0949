import { pageTypes, type ListType } from '@bergslaget/content/content-types'
import type { BreadcrumbList } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { routes } from '@/lib/routes'

export interface Crumb {
  name: string
  path: string
}

/** A section's list page, named as the navigation names it. */
export function sectionCrumb(type: ListType): Crumb {
  return { name: pageTypes[type].names.visitor.many, path: routes.list[type] }
}

/** A page in a section: start page, the section's list, the page. */
export function sectionPageBreadcrumbs(type: ListType, page: Crumb): BreadcrumbList {
  return breadcrumbList([sectionCrumb(type), page])
}

/** The way from the start page to the page (the last crumb), for search results' breadcrumbs. */
export function breadcrumbList(trail: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Start', path: routes.home }, ...trail].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}
