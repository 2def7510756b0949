export interface Page<T> {
  items: T[]
  /** 1-based. */
  page: number
  pageCount: number
  total: number
  /** 1-based position of the first and last item shown (0 and 0 on an empty list). */
  first: number
  last: number
  previous: number | null
  next: number | null
}

/** Pages needed for `total` items; an empty list still has its first page, which says it is empty. */
export function pageCountOf(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** One page of a list, or null when there is no such page (zero, negative, fractional or past the end). */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | null {
  const pageCount = pageCountOf(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null
  const start = (page - 1) * perPage
  const shown = items.slice(start, start + perPage)
  return {
    items: shown,
    page,
    pageCount,
    total: items.length,
    first: shown.length > 0 ? start + 1 : 0,
    last: start + shown.length,
    previous: page > 1 ? page - 1 : null,
    next: page < pageCount ? page + 1 : null,
  }
}

/** The numbers of a list's pages after the first (which lives at the list's own path), as path segments. */
export function laterPageSegments(pageCount: number): string[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => String(index + 2))
}

/**
 * The page number in a `/sida/[page]` segment: digits only, no leading zero, so each page has one address
 * ("02" and "2.0" are not page 2). Null for anything else.
 */
export function pageFromSegment(pageSegment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(pageSegment) ? Number(pageSegment) : null
}

/** A page number to link to, or a gap between them. */
export type PageLink = number | 'gap'

/**
 * The page numbers a pagination nav shows: all of them while there are few, else the first, the last
 * and the current page with its neighbours, with gaps between, so the nav fits a phone.
 */
export function pageLinks(page: number, pageCount: number, maxAll = 7): PageLink[] {
  const all = Array.from({ length: pageCount }, (_, index) => index + 1)
  if (pageCount <= maxAll) return all
  const shown = all.filter((n) => n === 1 || n === pageCount || Math.abs(n - page) <= 1)
  return shown.flatMap((n, index) => {
    const before = shown[index - 1]
    if (before === undefined || n === before + 1) return [n]
    // A gap of exactly one page shows that page instead of an ellipsis.
    return n === before + 2 ? [before + 1, n] : ['gap' as const, n]
  })
}
