import { PageLink } from '@/components/page-link/page-link'
import type { IndexedGroup } from '@/lib/pagination/grouped-list'
import './group-index.css'

interface GroupIndexProps {
  /** What the index lists, for screen readers ("Talare efter bokstav"). */
  label: string
  groups: IndexedGroup[]
  /** The path of a page of this list. */
  hrefFor: (page: number) => string
}

/**
 * Every group of the whole list with its size, each linking to the page and heading where it starts,
 * so that any letter, kind or year is one step away from any page.
 */
export function GroupIndex({ label, groups, hrefFor }: GroupIndexProps) {
  return (
    <nav aria-label={label} className="jump-links">
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <PageLink href={`${hrefFor(group.page)}#${group.id}`}>{group.heading}</PageLink> ({group.count})
          </li>
        ))}
      </ul>
    </nav>
  )
}
