import { readContentConfig } from './env'

test('no hosted variables: the bundled dataset', () => {
  expect(readContentConfig({})).toEqual({ source: 'embedded' })
  expect(readContentConfig({ SANITY_PROJECT_ID: '', SANITY_DATASET: '' })).toEqual({ source: 'embedded' })
})

test('both hosted variables: the Content Lake with the pinned API version', () => {
  expect(readContentConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })).toEqual({
    source: 'hosted',
    projectId: 'abc123',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: undefined,
  })
})

test.each([
  [{ SANITY_PROJECT_ID: 'abc123' }, 'SANITY_DATASET is not set'],
  [{ SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID is not set'],
  [{ SANITY_PROJECT_ID: 'ABC 123', SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID may hold only'],
  [
    { SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_VERSION: 'latest' },
    'SANITY_API_VERSION',
  ],
])('a half-set or malformed configuration fails with a message naming the variable (%o)', (env, message) => {
  expect(() => readContentConfig(env)).toThrow(message)
})
