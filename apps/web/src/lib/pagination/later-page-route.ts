import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { laterPageSegments, pageFromSegment } from './paginate'

/** A list whose pages the routes serve: page 1 at the list's own path, later ones at `/sida/[page]`. */
export interface PaginatedList {
  /** How many pages the published list has now: the build prerenders them. */
  pageCount: () => Promise<number>
  metadata: (page: number) => Metadata
  /** A page of the list; one past its end is a 404. */
  render: (page: number) => Promise<ReactNode>
}

export interface LaterPageRouteProps {
  params: Promise<{ page: string }>
}

/**
 * What a list's `sida/[page]` route exports, so that the four lists' pages after the first answer alike:
 * pages 2 and on are prerendered, `/sida/1` is no page (page 1 has the list's own path), and a page past
 * the end is a 404. A page added since the build renders on request (the route sets `dynamicParams`).
 */
export function laterPageRoute(list: PaginatedList) {
  async function pageOf(params: LaterPageRouteProps['params']): Promise<number> {
    const page = pageFromSegment((await params).page)
    if (page === null || page < 2) notFound()
    return page
  }
  return {
    generateStaticParams: async () => laterPageSegments(await list.pageCount()).map((page) => ({ page })),
    generateMetadata: async ({ params }: LaterPageRouteProps): Promise<Metadata> =>
      list.metadata(await pageOf(params)),
    Page: async ({ params }: LaterPageRouteProps) => list.render(await pageOf(params)),
  }
}
