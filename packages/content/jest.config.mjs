import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

// `server-only` throws outside React's server build; jest is neither, so it gets the package's own
// empty module, as next/jest does for the site.
const serverOnlyEmpty = join(dirname(createRequire(import.meta.url).resolve('server-only')), 'empty.js')

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/../../.jest-cache/content',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: { '^server-only$': serverOnlyEmpty },
}
