import type { ArticleKind } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'

import type { PageFeed } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

import { feedFormatNames, feedFormats, type FeedFormat } from './feed-formats'

const swedishList = new Intl.ListFormat('sv', { type: 'conjunction' })

/** What a feed of the archive holds: "Nyheter och seminarierapporter", or one kind's plural. */
export function newsFeedName(kind: ArticleKind | null): string {
  if (kind) return articleKinds.plural[kind]
  const plurals = articleKinds.values.map((value) => articleKinds.plural[value])
  return swedishList.format(plurals.map((plural, index) => (index === 0 ? plural : plural.toLowerCase())))
}

/** Where the feed of one list of the archive (all kinds, or one) is served in a format. */
export function newsFeedPath(kind: ArticleKind | null, format: FeedFormat): string {
  return `${routes.newsArchive(kind)}/${feedFormats[format].file}`
}

/** The feeds of one list of the archive, one per format, as its pages announce them. */
export function newsFeedLinks(kind: ArticleKind | null): PageFeed[] {
  return feedFormatNames.map((format) => ({
    type: feedFormats[format].type,
    title: `${newsFeedName(kind)} (${feedFormats[format].label})`,
    path: newsFeedPath(kind, format),
  }))
}
