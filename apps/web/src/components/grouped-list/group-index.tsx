import Link from 'next/link'

import type { IndexedGroup } from '@/lib/pagination/grouped-list'

interface GroupIndexProps {
  /** What the index lists, for screen readers ("Talare efter bokstav"). */
  label: string
  groups: IndexedGroup[]
  /** The path of a page of this list. */
  hrefFor: (page: number) => string
}

/**
 * Every group of the whole list with its size, each linking to the page and heading where it starts,
 * so that any letter, kind or year is one step away from any page. Not prefetched: the index has up to
 * thirty links, most to other pages, and a visitor follows one.
 */
export function GroupIndex({ label, groups, hrefFor }: GroupIndexProps) {
  return (
    <nav aria-label={label} className="jump-links">
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <Link href={`${hrefFor(group.page)}#${group.id}`} prefetch={false}>
              {group.heading}
            </Link>{' '}
            ({group.count})
          </li>
        ))}
      </ul>
    </nav>
  )
}
