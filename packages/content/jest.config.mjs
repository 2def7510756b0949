/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/../../.jest-cache/content',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
}
