// The end-to-end suite: a real browser against `next start` of the production build (see README, Tests).
// Run through `npm run e2e` (run-e2e.mjs decides what happens without a browser).
import { fileURLToPath } from 'node:url'

import nextJest from 'next/jest.js'

const webRoot = fileURLToPath(new URL('..', import.meta.url))

/** @type {import('jest').Config} */
const config = {
  rootDir: webRoot,
  roots: ['<rootDir>/e2e'],
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  cacheDirectory: '<rootDir>/../../.jest-cache/web-e2e',
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  setupFiles: ['<rootDir>/e2e/support/plain-console.ts'],
  // Reaches the content package's test helpers (@bergslaget/content/testing/*): see the resolver.
  resolver: '<rootDir>/../../packages/content/src/testing/testing-condition-resolver.mjs',
  // One server, one browser at a time: parallel workers would only compete for two cores.
  maxWorkers: 1,
  testTimeout: 180_000,
  slowTestThreshold: 60,
}

export default nextJest({ dir: webRoot })(config)
