import { newsFeedResponse, type KindFeedContext } from '@/lib/feeds/news-feed-response'

import { kindParams } from '../kind-params'

// Prerendered for every kind like the kind's list; another segment is a 404.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return kindParams()
}

export async function GET(_request: Request, { params }: KindFeedContext): Promise<Response> {
  return newsFeedResponse('rss', (await params).kind)
}
