import { fileURLToPath } from 'node:url'

import { readContentConfig } from '@bergslaget/content/config'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'

import { imageRemotePatterns } from './src/components/sanity-image/image-remote-patterns'
import { securityHeaders } from './src/lib/security/security-headers'
import { readSecuritySettings } from './src/lib/security/security-settings'

export default function nextConfig(phase: string): NextConfig {
  const security = readSecuritySettings(phase === PHASE_DEVELOPMENT_SERVER)
  return {
    // The content package ships TypeScript source (see CONVENTIONS.md, internal packages).
    transpilePackages: ['@bergslaget/content'],
    poweredByHeader: false,
    // server.mjs compresses responses and gives them their ETags, once per distinct body where Next
    // would do both on every request (src/lib/serving/compressed-responses.mjs).
    compress: false,
    generateEtags: false,
    // Next's own cache of rendered pages, each page given the policy of its inline scripts on the way.
    cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
    // Editors' images (portraits, logos) come from Sanity's image CDN in hosted mode; the URL already
    // carries the crop, next/image sizes it for each screen (components/sanity-image). Only the
    // configured project's dataset, read from the same environment as the content. No local image goes
    // through the optimiser: without this, `/_next/image?url=` fetches any path of the site through its
    // own router, and answers 500 when that path redirects (an old slug, `/talare/`).
    images: {
      remotePatterns: imageRemotePatterns(readContentConfig()),
      localPatterns: [],
    },
    // On every response, whatever answers it. Read at build: the policy names the project and the
    // Studio the build is for, which turbo.json's build hash includes.
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(security) }]
    },
    // Builds run offline: no agent files written by `next dev`, no advisory look-ups during builds.
    agentRules: false,
    experimental: {
      agentUpgrade: false,
      // The stylesheet in the page instead of a render-blocking request: the site's first paint waited
      // for it, an LCP well behind a bare Next.js page's (npm run bench). 8 KB, each page carries it.
      inlineCss: true,
    },
  }
}
