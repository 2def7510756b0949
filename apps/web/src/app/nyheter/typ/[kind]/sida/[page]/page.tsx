import type { ArticleKind } from '@bergslaget/content'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { laterPageSegments, pageFromSegment } from '@/lib/pagination/paginate'
import { articleKindFromSegment, articleKindSegments } from '@/lib/routes'

import { newsArchiveList, newsArchiveMetadata, renderNewsArchive } from '../../../../news-archive-route'

interface NewsKindPageRouteProps {
  params: Promise<{ kind: string; page: string }>
}

// Pages 2 and on of each kind; page 1 is /nyheter/typ/[kind]. A page past the end is a 404.
// A page added by articles published since the build renders on request (its list tag clears its 404).
export const dynamicParams = true

export async function generateStaticParams() {
  const kinds = Object.entries(articleKindSegments) as [ArticleKind, string][]
  const perKind = await Promise.all(
    kinds.map(async ([kind, segment]) =>
      laterPageSegments(await newsArchiveList(kind).pageCount()).map((page) => ({ kind: segment, page })),
    ),
  )
  return perKind.flat()
}

async function viewOf(params: NewsKindPageRouteProps['params']) {
  const { kind: kindSegment, page: pageSegment } = await params
  const kind = articleKindFromSegment(kindSegment)
  const page = pageFromSegment(pageSegment)
  if (!kind || page === null || page < 2) notFound()
  return { kind, page }
}

export async function generateMetadata({ params }: NewsKindPageRouteProps): Promise<Metadata> {
  const { kind, page } = await viewOf(params)
  return newsArchiveMetadata(kind, page)
}

export default async function NewsKindPageRoute({ params }: NewsKindPageRouteProps) {
  const { kind, page } = await viewOf(params)
  return renderNewsArchive(kind, page)
}
