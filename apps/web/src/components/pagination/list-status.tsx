import type { Page } from '@/lib/pagination/paginate'
import './pagination.css'

/** Which entries of a paginated list a page shows ("Visar 11–20 av 23"); nothing for a single page. */
export function ListStatus({ list }: { list: Page<unknown> }) {
  if (list.pageCount <= 1) return null
  return (
    <p className="list-status">
      Visar {list.first}–{list.last} av {list.total}
    </p>
  )
}
