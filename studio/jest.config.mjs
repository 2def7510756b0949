/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/../.jest-cache/studio',
  // sanity is ESM-only and pulls in hundreds of ESM dependencies; transforming all of node_modules
  // is simpler than listing them and costs ~10 s once, then the cache answers (~2 s a run).
  transform: { '^.+\\.(c|m)?(t|j)sx?$': '<rootDir>/jest/swc-esm-transform.mjs' },
  transformIgnorePatterns: [],
  // On a clean checkout (CI) that transform happens inside the first tests and hooks that load sanity,
  // beside the other workspaces' builds on two cores: jest's 5 s default was seen to run out there.
  testTimeout: 30_000,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Reaches the content package's test helpers (@bergslaget/content/testing/*): see the resolver.
  resolver: '<rootDir>/../packages/content/src/testing/testing-condition-resolver.mjs',
}
