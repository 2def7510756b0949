import { articlesOfKind, type ArticleKind, type ArticleSummary } from '@bergslaget/content'

import { publishedContent } from '@/lib/content'
import { articleKindFromSegment } from '@/lib/routes'

import { feedFormats, type FeedFormat } from './feed-formats'
import { newsFeed } from './news-feed'

/**
 * How many articles a feed holds: its list's newest 50, a common size for a feed. A reader polls the
 * feed and keeps what it has seen, so it needs only what is new since; the whole archive is on the
 * archive's pages. Without a limit a feed would grow with the archive, and so would every poll.
 */
export const newsFeedSize = 50

/** The published articles a feed of one kind (or of all) holds: the newest of its list, newest first. */
export async function newsFeedArticles(kind: ArticleKind | null): Promise<ArticleSummary[]> {
  const order = articlesOfKind(await publishedContent.listArticleOrder(), kind)
  return publishedContent.getArticlesPage(order.slice(0, newsFeedSize).map(({ _id }) => _id))
}

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
  const xml = newsFeed(await newsFeedArticles(kind), kind, format)
  return new Response(xml, { headers: { 'content-type': `${feedFormats[format].type}; charset=utf-8` } })
}
