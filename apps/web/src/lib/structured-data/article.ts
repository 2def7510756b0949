import type { ContentResult } from '@bergslaget/content'
import type { NewsArticle } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { stockholmIsoString } from '@/lib/format/stockholm'
import { routes } from '@/lib/routes'
import { shareImagePath } from '@/lib/share-image/share-image-path'

import { associationId } from './organizations'

type ArticlePage = ContentResult<'getArticlePage'>

/**
 * A news article or seminar report. An archive article known only by its year is dated by the year
 * (ISO 8601 allows it); one without a named author is the association's. A named author is the
 * report's free-text byline, not a speaker document, so it has no page for Google's recommended
 * `author.url`; the association as author has one through its `@id`.
 */
export function newsArticleLd(article: ArticlePage): NewsArticle {
  const path = routes.article(article.slug)
  const url = absoluteUrl(path)
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    mainEntityOfPage: url,
    // The page's share image: Google recommends one, and every page has it.
    image: absoluteUrl(shareImagePath(path)),
    inLanguage: 'sv-SE',
    datePublished: article.publishedAt
      ? stockholmIsoString(article.publishedAt)
      : String(article.publishedYear),
    // The last edit of the report, which may come long after its publication (a corrected name).
    ...(article._updatedAt && { dateModified: stockholmIsoString(article._updatedAt) }),
    ...(article.excerpt && { description: article.excerpt }),
    author: article.author ? { '@type': 'Person', name: article.author } : { '@id': associationId },
    publisher: { '@id': associationId },
  }
}
