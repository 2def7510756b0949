import { publishedContent } from '@/lib/content'
import { articleKindFromSegment } from '@/lib/routes'

import { feedFormats, type FeedFormat } from './feed-formats'
import { newsFeed } from './news-feed'

/** The params of a feed route under /nyheter/typ/[kind]. */
export interface KindFeedContext {
  params: Promise<{ kind: string }>
}

/**
 * A feed route's answer: the archive's feed of all kinds, or of the kind a path segment names (a 404
 * for a segment that names none). Feeds are prerendered, so they show the published articles only.
 */
export async function newsFeedResponse(format: FeedFormat, kindSegment?: string): Promise<Response> {
  const kind = kindSegment === undefined ? null : articleKindFromSegment(kindSegment)
  if (kindSegment !== undefined && !kind) return new Response(null, { status: 404 })
  const xml = newsFeed(await publishedContent.listArticles(kind), kind, format)
  return new Response(xml, { headers: { 'content-type': `${feedFormats[format].type}; charset=utf-8` } })
}
