import type { Metadata } from 'next'

import { absoluteUrl } from '@/lib/absolute-url'

export const siteName = 'Intresseföreningen Bergslaget'

interface PageMetadataInput {
  title: string
  description: string
  /** The page's own path, e.g. routes.event(slug); it becomes the canonical URL. */
  path: string
  type?: 'website' | 'article'
}

/** Title, description, canonical URL and Open Graph for one page, built the same way everywhere. */
export function pageMetadata({ title, description, path, type = 'website' }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path)
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName, locale: 'sv_SE', type },
  }
}
