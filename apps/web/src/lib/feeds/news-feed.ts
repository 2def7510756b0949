import type { ArticleKind, ArticleSummary } from '@bergslaget/content'
import { Feed } from 'feed'

import { siteEnv } from '@/env'
import { absoluteUrl } from '@/lib/absolute-url'
import { parseInstant, stockholmNewYear } from '@/lib/format/stockholm'
import { siteName } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

import { feedFormatNames, feedFormats, type FeedFormat } from './feed-formats'
import { newsFeedName, newsFeedPath } from './news-feed-links'

/**
 * An entry's id (Atom's id, RSS's guid) is a tag URI (RFC 4151) of the article's document id, not its
 * address: an editor may rename the slug, and a reader would then show the article again as new. The
 * year is part of the id and must never change; it is the year the feeds began.
 */
const entryId = (documentId: string) => `tag:${new URL(siteEnv.siteUrl).hostname},2026:${documentId}`

/** When an article was published: its day, or New Year in Sweden for an archive article known by its year. */
function publishedDate({ publishedAt, publishedYear }: ArticleSummary): Date {
  // The summary's schema lets no article through without one of the two.
  return publishedAt ? parseInstant(publishedAt) : stockholmNewYear(publishedYear as number)
}

/**
 * Text an editor wrote, without the characters XML 1.0 cannot hold (most control characters, such as
 * the vertical tab a line break pasted from Word brings, and lone surrogates): the feed library passes
 * them on, and one would make the whole feed unreadable. So would a second `]]>` in a title, which
 * RSS carries in CDATA and the library splits only once: a zero-width space breaks each one.
 */
const xmlText = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replaceAll(']]>', ']]\u200B>')

/** Plain text as HTML, for the elements a reader renders as HTML. */
const asHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * One list of the archive (all kinds, or one) as a feed in a format: the articles given (the list's
 * newest, newsFeedArticles), newest first, each linking to its page; the feed dated by its newest.
 */
export function newsFeed(articles: ArticleSummary[], kind: ArticleKind | null, format: FeedFormat): string {
  const { htmlTitles, render } = feedFormats[format]
  const name = newsFeedName(kind)
  const entries = articles.map((article) => ({ article, date: publishedDate(article) }))
  const feed = new Feed({
    id: absoluteUrl(routes.newsArchive(kind)),
    link: absoluteUrl(routes.newsArchive(kind)),
    title: `${name} – ${siteName}`,
    description: `${name} från ${siteName}.`,
    language: 'sv',
    // Atom requires an author of the feed when its entries name none, and the archive's summaries
    // carry no byline (an article's page shows it).
    author: { name: siteName, link: absoluteUrl(routes.home) },
    // Without articles the library dates the feed when it is built: Atom requires a date.
    updated: entries.length ? new Date(Math.max(...entries.map(({ date }) => date.getTime()))) : undefined,
    feedLinks: Object.fromEntries(
      feedFormatNames.map((other) => [other, absoluteUrl(newsFeedPath(kind, other))]),
    ),
  })
  for (const { article, date } of entries) {
    const title = xmlText(article.title)
    feed.addItem({
      title: htmlTitles ? asHtml(title) : title,
      id: entryId(article._id),
      link: absoluteUrl(routes.article(article.slug)),
      date,
      description: article.excerpt ? asHtml(xmlText(article.excerpt)) : undefined,
    })
  }
  return render(feed)
}
