import { e2eContext } from './support/crawl-result'
import { securityHeaderNames, securityHeadersOf } from './support/security-headers'

const { baseUrl, crawl } = e2eContext()

/**
 * One request per kind of response the site gives, each as a browser or a client would send it: every
 * page and file the crawl reached (each page type, the feeds, calendars, slides), and what no link
 * leads to: a script of the build, the image optimizer, the API routes, share images, the sitemap,
 * robots, search, a made-up address and one the proxy rewrites (a malformed escape).
 */
function requests(script: string): [string, RequestInit][] {
  return [
    ...crawl.pages.map(({ path }): [string, RequestInit] => [path, {}]),
    [script, {}],
    ['/_next/image?url=%2Fdelningsbild&w=64&q=75', {}],
    ['/api/revalidate', { method: 'POST', body: '{}' }],
    ['/api/revalidate', {}],
    ['/api/draft-mode/enable', {}],
    ['/api/draft-mode/disable', { method: 'POST' }],
    ['/delningsbild', {}],
    ['/sitemap.xml', {}],
    ['/robots.txt', {}],
    ['/sok?q=kommun', {}],
    ['/finns-inte', {}],
    ['/talare/%ff', {}],
  ]
}

test('every kind of response carries the same security headers as the start page', async () => {
  const expected = securityHeadersOf((await fetch(`${baseUrl}/`)).headers)
  for (const name of securityHeaderNames) expect(expected[name]).toBeTruthy()

  // A script of the build, by its address in the start page.
  const startPage = await (await fetch(`${baseUrl}/`)).text()
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(startPage)?.[1]
  expect(script).toBeDefined()

  const statuses = new Map<number, number>()
  const checked = requests(script ?? '')
  for (const [path, init] of checked) {
    const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    const headers = securityHeadersOf(response.headers)
    // Search, rendered per request, has the same policy with a nonce for 'unsafe-inline' (proxy.ts;
    // e2e/inline-script-policy.test.ts checks the nonce).
    const policy = headers['content-security-policy']?.replace(/'nonce-[^']+'/, "'unsafe-inline'") ?? null
    expect([path, { ...headers, 'content-security-policy': policy }]).toEqual([path, expected])
  }
  const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${count}× ${status}`)
  console.log(`e2e security headers: ${checked.length} responses checked (${counts.join(', ')})`)
  // The set covers refusals and redirects, not only pages.
  expect([...statuses.keys()].some((status) => status >= 400)).toBe(true)
})
