import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The content package ships TypeScript source (see CONVENTIONS.md, internal packages).
  transpilePackages: ['@bergslaget/content'],
  poweredByHeader: false,
  // Builds run offline: no agent files written by `next dev`, no advisory look-ups during builds.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
  },
}

export default nextConfig
