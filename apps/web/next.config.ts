import { readContentConfig } from '@bergslaget/content/config'
import type { NextConfig } from 'next'

import { imageRemotePatterns } from './src/components/sanity-image/image-remote-patterns'

const nextConfig: NextConfig = {
  // The content package ships TypeScript source (see CONVENTIONS.md, internal packages).
  transpilePackages: ['@bergslaget/content'],
  poweredByHeader: false,
  // Editors' images (portraits, logos) come from Sanity's image CDN in hosted mode; the URL already
  // carries the crop, next/image sizes it for each screen (components/sanity-image). Only the
  // configured project's dataset, read from the same environment as the content.
  images: {
    remotePatterns: imageRemotePatterns(readContentConfig()),
  },
  // Builds run offline: no agent files written by `next dev`, no advisory look-ups during builds.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
  },
}

export default nextConfig
