import { imageSource, type ContentImage } from '@bergslaget/content'
import type { Metadata } from 'next'

import { sanityImageUrl } from '@/components/sanity-image/sanity-image-url'
import { absoluteUrl } from '@/lib/absolute-url'
import { shareImagePath, shareImageSize } from '@/lib/share-image/share-image-path'

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
  /** The editor's picture of the page (a portrait), shared in its place of a generated image. */
  image?: ContentImage | null
  feeds?: PageFeed[]
}

/**
 * The picture a shared link shows: the editor's, cut to the share size around its hotspot on Sanity's
 * CDN, where there is one and images are hosted; else the page's generated image.
 */
function shareImageUrl(path: string, image: ContentImage | null | undefined): string {
  const source = image && imageSource()
  return source ? sanityImageUrl(image, source, shareImageSize, 1) : absoluteUrl(shareImagePath(path))
}

/** The feeds as Next's alternates name them: by content type. */
function feedAlternates(feeds: PageFeed[]): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {}
  for (const feed of feeds) {
    types[feed.type] = [...(types[feed.type] ?? []), { url: absoluteUrl(feed.path), title: feed.title }]
  }
  return types
}

/**
 * Title, description, canonical URL, feeds, Open Graph and the large card for one page, built the same
 * way everywhere.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  image,
  feeds = [],
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path)
  const images = [{ url: shareImageUrl(path, image), ...shareImageSize, alt: title }]
  return {
    title,
    description,
    alternates: feeds.length ? { canonical: url, types: feedAlternates(feeds) } : { canonical: url },
    openGraph: { title, description, url, siteName, locale: 'sv_SE', type, images },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}
