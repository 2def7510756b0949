import { PageLink } from '@/components/page-link/page-link'
import { pageLinks } from '@/lib/pagination/paginate'
import './pagination.css'

interface PaginationProps {
  page: number
  pageCount: number
  /** The path of a page of this list. */
  hrefFor: (page: number) => string
}

/**
 * Previous, numbered and next links of a paginated list; nothing when the list fits on one page.
 * The current page stays a link marked `aria-current="page"`, so the list of pages reads the same on
 * every page; every number is read as "Sida 2" by screen readers.
 */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Sidnumrering" className="pagination">
      <ul>
        {page > 1 && (
          <li>
            <PageLink href={hrefFor(page - 1)} rel="prev">
              Föregående<span className="visually-hidden"> sida</span>
            </PageLink>
          </li>
        )}
        {pageLinks(page, pageCount).map((link, index) =>
          link === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={link}>
              <PageLink href={hrefFor(link)} aria-current={link === page ? 'page' : undefined}>
                <span className="visually-hidden">Sida </span>
                {link}
              </PageLink>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <PageLink href={hrefFor(page + 1)} rel="next">
              Nästa<span className="visually-hidden"> sida</span>
            </PageLink>
          </li>
        )}
      </ul>
    </nav>
  )
}
