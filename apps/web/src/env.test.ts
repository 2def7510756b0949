import { readSiteEnv } from './env'

test('the site URL defaults to the local server and loses a trailing slash', () => {
  expect(readSiteEnv({})).toEqual({ siteUrl: 'http://localhost:3000', studioOrigin: null })
  expect(readSiteEnv({ SITE_URL: 'https://bergslaget.se/' })).toMatchObject({
    siteUrl: 'https://bergslaget.se',
  })
})

test("the Studio's address counts by its origin", () => {
  expect(readSiteEnv({ SANITY_STUDIO_URL: 'https://bergslaget.sanity.studio/presentation' })).toMatchObject({
    studioOrigin: 'https://bergslaget.sanity.studio',
  })
  expect(() => readSiteEnv({ SANITY_STUDIO_URL: 'bergslaget.sanity.studio' })).toThrow(
    'SANITY_STUDIO_URL must be an absolute http(s) URL',
  )
})

test('a site URL that is not an absolute http(s) URL is refused with a clear message', () => {
  expect(() => readSiteEnv({ SITE_URL: 'bergslaget.se' })).toThrow('SITE_URL must be an absolute http(s) URL')
  expect(() => readSiteEnv({ SITE_URL: 'ftp://bergslaget.se' })).toThrow('SITE_URL must be')
})
