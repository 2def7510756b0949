import type { ArticleKind } from '@bergslaget/content'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { articleKindFromSegment } from '@/lib/routes'

import { newsArchiveMetadata, renderNewsArchive } from '../../news-archive-route'

import { kindParams } from './kind-params'

interface NewsKindRouteProps {
  params: Promise<{ kind: string }>
}

// Every kind has its page, even with nothing published yet (it says so); other segments are a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return kindParams()
}

async function kindOf(params: NewsKindRouteProps['params']): Promise<ArticleKind> {
  const kind = articleKindFromSegment((await params).kind)
  if (!kind) notFound()
  return kind
}

export async function generateMetadata({ params }: NewsKindRouteProps): Promise<Metadata> {
  return newsArchiveMetadata(await kindOf(params), 1)
}

export default async function NewsKindRoute({ params }: NewsKindRouteProps) {
  return renderNewsArchive(await kindOf(params), 1)
}
