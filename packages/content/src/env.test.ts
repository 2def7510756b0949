import { contentConfig, readContentConfig } from './env'
import { bundledDatasetPath } from './source/bundled-dataset'

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

test('CONTENT_DATASET_FILE: the embedded source reads that file instead of the bundled dataset', () => {
  expect(readContentConfig({ CONTENT_DATASET_FILE: bundledDatasetPath })).toEqual({
    source: 'embedded',
    datasetFile: bundledDatasetPath,
  })
})

test.each([
  [{ CONTENT_DATASET_FILE: 'dataset.ndjson' }, 'CONTENT_DATASET_FILE must be an absolute path'],
  [{ CONTENT_DATASET_FILE: '/no/such/dataset.ndjson' }, 'CONTENT_DATASET_FILE names no file'],
  [
    { CONTENT_DATASET_FILE: bundledDatasetPath, SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production' },
    'CONTENT_DATASET_FILE is for the embedded source',
  ],
])('a dataset file that cannot be used fails with a message naming the variable (%o)', (env, message) => {
  expect(() => readContentConfig(env)).toThrow(message)
})

test("the process's configuration is parsed once and shared", () => {
  expect(contentConfig()).toBe(contentConfig())
  expect(contentConfig()).toEqual(readContentConfig())
})
