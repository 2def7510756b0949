import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The content package ships TypeScript source (see CONVENTIONS.md, internal packages).
  transpilePackages: ['@bergslaget/content'],
  poweredByHeader: false,
  // Editors' images (portraits, logos) come from Sanity's image CDN in hosted mode; the URL already
  // carries the crop, next/image sizes it for each screen (components/sanity-image).
  // No local image goes through the optimiser: without this, `/_next/image?url=` fetches any path of the
  // site through its own router, and answers 500 when that path redirects (an old slug, `/talare/`).
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.sanity.io', pathname: '/images/**' }],
    localPatterns: [],
  },
  // Builds run offline: no agent files written by `next dev`, no advisory look-ups during builds.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
  },
}

export default nextConfig
