import type { ContentConfig } from '@bergslaget/content/config'
import type { NextConfig } from 'next'

type RemotePattern = NonNullable<NonNullable<NextConfig['images']>['remotePatterns']>[number]

/**
 * What next/image may fetch and resize: the configured project's dataset on Sanity's image CDN, where
 * the site's images come from (sanity-image-url.ts). The optimiser answers anyone who asks it for an
 * allowed address, so a wider pattern would let it serve any Sanity project's images on our bill. The
 * bundled dataset has no image files, so with it nothing remote is allowed.
 */
export function imageRemotePatterns(config: ContentConfig): RemotePattern[] {
  if (config.source !== 'hosted') return []
  return [
    {
      protocol: 'https',
      hostname: 'cdn.sanity.io',
      pathname: `/images/${config.projectId}/${config.dataset}/**`,
    },
  ]
}
