import { contentSecurityPolicy, securityHeaders, type SecuritySettings } from './security-headers'

const embedded: SecuritySettings = {
  siteUrl: 'http://localhost:3000',
  studioOrigin: null,
  images: null,
  development: false,
}
const hosted: SecuritySettings = {
  siteUrl: 'https://bergslaget.se',
  studioOrigin: 'https://bergslaget.sanity.studio',
  images: { projectId: 'abc123', dataset: 'production' },
  development: false,
}

/** The policy's directives by name, each with its sources. */
const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ')
      return [name, sources]
    }),
  )

test('denies by default, allows each kind of resource from the site itself, and never eval', () => {
  const policy = directives(contentSecurityPolicy(embedded))

  expect(policy.get('default-src')).toEqual(["'none'"])
  expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'none'"])
  expect(policy.get('form-action')).toEqual(["'self'"])
  expect(policy.get('img-src')).toEqual(["'self'"])
  expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  // The only frames: the video hosts' players, which a page loads when its visitor starts a recording.
  expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com'])
  // Over plain http (a developer's machine, the tests) nothing is upgraded to an https that is not there.
  expect(policy.has('upgrade-insecure-requests')).toBe(false)
  expect(contentSecurityPolicy(embedded)).not.toContain('unsafe-eval')
})

test("hosted: images from the configured project's CDN path only, framed by its Studio only, https upgraded", () => {
  const policy = directives(contentSecurityPolicy(hosted))

  expect(policy.get('img-src')).toEqual(["'self'", 'https://cdn.sanity.io/images/abc123/production/'])
  expect(policy.get('frame-ancestors')).toEqual(['https://bergslaget.sanity.studio'])
  expect(policy.get('upgrade-insecure-requests')).toEqual([])
})

test("`next dev` allows eval, which React's development build needs; a production build never does", () => {
  expect(directives(contentSecurityPolicy({ ...embedded, development: true })).get('script-src')).toContain(
    "'unsafe-eval'",
  )
})

test('the header set: HSTS for two years with subdomains, nosniff, referrer policy, denied features', () => {
  const headers = new Map(securityHeaders(hosted).map(({ key, value }) => [key.toLowerCase(), value]))

  expect([...headers.keys()]).toEqual([
    'content-security-policy',
    'strict-transport-security',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
  ])
  expect(headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  const features = new Map(
    headers
      .get('permissions-policy')
      ?.split(', ')
      .map((feature) => feature.split('=') as [string, string]),
  )
  expect(features.get('camera')).toBe('()')
  // Autoplay for the players only, so that the click that loads one also starts it.
  expect(features.get('autoplay')).toBe(
    '(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")',
  )
  expect([...features.values()].filter((allowed) => allowed !== '()')).toHaveLength(1)
})
