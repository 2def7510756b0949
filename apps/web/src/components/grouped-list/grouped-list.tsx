import type { ReactNode } from 'react'

import { ListStatus } from '@/components/pagination/list-status'
import { Pagination } from '@/components/pagination/pagination'
import type { GroupedPage } from '@/lib/pagination/grouped-page'
import { routes } from '@/lib/routes'

import { GroupIndex } from './group-index'

export interface GroupedListProps<T> {
  /** What the index of groups lists, for screen readers ("Talare efter bokstav"). */
  label: string
  grouped: GroupedPage<T>
  /** h2 under the page's h1, h3 under a section's h2. */
  headingLevel: 2 | 3
  /** A group's entries as the list shows them. */
  children: (entries: T[]) => ReactNode
}

/**
 * A page of a grouped list: the index of every group, which entries the page shows, its groups (each a
 * section named by its heading, with the id the index links to) and the pages.
 */
export function GroupedList<T>({ label, grouped, headingLevel, children }: GroupedListProps<T>) {
  const { type, list, index, groups } = grouped
  const hrefFor = (page: number) => routes.listPage(type, page)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      <GroupIndex label={label} groups={index} hrefFor={hrefFor} />
      <ListStatus list={list} />
      {groups.map((group) => (
        <section key={group.id} id={group.id} aria-labelledby={`${group.id}-rubrik`}>
          <Heading id={`${group.id}-rubrik`}>{group.heading}</Heading>
          {children(group.entries)}
        </section>
      ))}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  )
}
