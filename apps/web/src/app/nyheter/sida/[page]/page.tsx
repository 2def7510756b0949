import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegment } from '@/lib/pagination/paginate'

import { laterPages, newsArchiveMetadata, renderNewsArchive } from '../../news-archive-route'

interface NewsPageRouteProps {
  params: Promise<{ page: string }>
}

// Pages 2 and on; page 1 is /nyheter. A page past the end is a 404.
// A page added by articles published since the build renders on request (its list tag clears its 404).
export const dynamicParams = true

export async function generateStaticParams() {
  return (await laterPages(null)).map((page) => ({ page }))
}

/** Page 2 or later; page 1 has its own address, so `/sida/1` is not a page. */
async function pageOf(params: NewsPageRouteProps['params']): Promise<number> {
  const page = pageFromSegment((await params).page)
  if (page === null || page < 2) notFound()
  return page
}

export async function generateMetadata({ params }: NewsPageRouteProps): Promise<Metadata> {
  return newsArchiveMetadata(null, await pageOf(params))
}

export default async function NewsPageRoute({ params }: NewsPageRouteProps) {
  return renderNewsArchive(null, await pageOf(params))
}
