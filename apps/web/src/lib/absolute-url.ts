import { siteEnv } from '@/env'

/** A site path as the absolute URL that canonical links, the sitemap and structured data name. */
export function absoluteUrl(path: string): string {
  return `${siteEnv.siteUrl}${path}`
}
