import type { MetadataRoute } from 'next'

import { siteEnv } from '@/env'

// Every page is public. The API routes (webhook, draft preview) are not pages to index.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: `${siteEnv.siteUrl}/sitemap.xml`,
  }
}
