// The Studio's end-to-end test: the output of `sanity build` in Chromium, against a stand-in for
// Sanity's API (e2e/support/sanity-api.ts). Run through `npm run e2e` after `npm run build`.
import { fileURLToPath } from 'node:url'

import unitConfig from '../jest.config.mjs'

/** @type {import('jest').Config} */
export default {
  ...unitConfig,
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  cacheDirectory: '<rootDir>/../.jest-cache/studio-e2e',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  // One browser at a time: the Studio is heavy, and the machines have two cores.
  maxWorkers: 1,
  testTimeout: 120_000,
}
