import type { Metadata } from 'next'

import { siteEnv } from '@/env'

export const siteName = 'Intresseföreningen Bergslaget'

/** A feed a page announces (`<link rel="alternate" type=…>`), for readers to find. */
export interface PageFeed {
  /** The feed's content type, e.g. application/rss+xml. */
  type: string
  title: string
  path: string
}

interface PageMetadataInput {
  title: string
  description: string
  /** The page's own path, e.g. routes.event(slug); it becomes the canonical URL. */
  path: string
  type?: 'website' | 'article'
  feeds?: PageFeed[]
}

/** Title, description, canonical URL, feeds and Open Graph for one page, built the same way everywhere. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  feeds = [],
}: PageMetadataInput): Metadata {
  const url = `${siteEnv.siteUrl}${path}`
  const types: Record<string, { url: string; title: string }[]> = {}
  for (const feed of feeds) {
    types[feed.type] = [
      ...(types[feed.type] ?? []),
      { url: `${siteEnv.siteUrl}${feed.path}`, title: feed.title },
    ]
  }
  return {
    title,
    description,
    alternates: feeds.length ? { canonical: url, types } : { canonical: url },
    openGraph: { title, description, url, siteName, locale: 'sv_SE', type },
  }
}
