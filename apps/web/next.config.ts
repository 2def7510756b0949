import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'

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
    // Editors' images come sized and cut from Sanity's image CDN (components/sanity-image), so the site
    // has no use for Next's optimiser, and this turns its `/_next/image` endpoint into a 404: nothing to
    // misuse to fetch other addresses, nothing to fail on a source whose path does not decode.
    images: { unoptimized: true },
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
      // for it, an LCP well behind a bare Next.js page's (npm run bench). Each page carries the shared
      // rules (globals.css, 5 KB) and those of the components it shows, kept beside them.
      inlineCss: true,
    },
  }
}
