import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/lib/absolute-url'
import { publishedContent } from '@/lib/content'
import { sitePages } from '@/lib/site-pages/site-pages'

// Built with the pages; its read carries every list's tag, so a publish rebuilds it (no deploy).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = sitePages(await publishedContent.listSitePages())
  return pages.map(({ path, lastModified }) => ({ url: absoluteUrl(path), lastModified }))
}
