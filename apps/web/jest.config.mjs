import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

// ESM-only packages that jest (CommonJS) must transform. next/jest keeps its own `/node_modules/`
// ignore entry, so the patterns are replaced on the resolved config below, not passed in.
const esmOnlyPackages = [
  '@portabletext',
  'next-sanity',
  '@sanity/image-url',
  '@sanity/visual-editing',
  '@sanity/preview-url-secret',
  'nanoid',
  'feed',
]

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  cacheDirectory: '<rootDir>/../../.jest-cache/web',
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testPathIgnorePatterns: ['<rootDir>/e2e/'],
  // Build output, which `turbo run test build` writes while jest reads the tree (its package.json
  // vanished mid-crawl once), and the bench's bare page with its own.
  modulePathIgnorePatterns: ['<rootDir>/.next/', '<rootDir>/.bench/'],
  // Reaches the content package's test helpers (@bergslaget/content/testing/*): see the resolver.
  resolver: '<rootDir>/../../packages/content/src/testing/testing-condition-resolver.mjs',
}

export default async function jestConfig() {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [
      `/node_modules/(?!(${esmOnlyPackages.join('|')})/)`,
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  }
}
