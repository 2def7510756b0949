import { readServerEnv } from './server-env'

test('without secrets the editing features are off', () => {
  expect(readServerEnv({})).toEqual({ revalidateSecret: null, readToken: null })
  expect(readServerEnv({ SANITY_REVALIDATE_SECRET: '', SANITY_API_READ_TOKEN: '' })).toEqual({
    revalidateSecret: null,
    readToken: null,
  })
})

test('a webhook secret too short to be safe is refused with a clear message', () => {
  expect(() => readServerEnv({ SANITY_REVALIDATE_SECRET: 'short' })).toThrow(
    'SANITY_REVALIDATE_SECRET must be at least 16 characters long',
  )
})

test('secrets are passed on as given', () => {
  expect(
    readServerEnv({ SANITY_REVALIDATE_SECRET: 'a-long-enough-secret', SANITY_API_READ_TOKEN: 'sk-token' }),
  ).toEqual({ revalidateSecret: 'a-long-enough-secret', readToken: 'sk-token' })
})
