import { readContentConfig } from '@bergslaget/content/config'

import { readSiteEnv } from '../../env'

import type { SecuritySettings } from './security-headers'

// `npm run dev` beside `npm run studio`: the local Studio frames the local site.
const localStudioOrigin = 'http://localhost:3333'

/** The security headers' settings from the environment: next.config.ts at build, proxy.ts per request. */
export function readSecuritySettings(development: boolean): SecuritySettings {
  const { siteUrl, studioOrigin } = readSiteEnv()
  const content = readContentConfig()
  return {
    siteUrl,
    studioOrigin: studioOrigin ?? (development ? localStudioOrigin : null),
    images: content.source === 'hosted' ? { projectId: content.projectId, dataset: content.dataset } : null,
    development,
  }
}
