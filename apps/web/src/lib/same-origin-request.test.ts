/** @jest-environment node */
import { isSameOriginRequest } from './same-origin-request'

/** A POST as `next start` passes it on: its URL names the server's port, not the browser's address. */
const post = (headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/draft-mode/disable', { method: 'POST', headers })

describe('isSameOriginRequest', () => {
  it.each<[string, Record<string, string>]>([
    ['a form on the site, as browsers post it', { host: 'bergslaget.se', origin: 'https://bergslaget.se' }],
    ['the same, in another letter case', { host: 'Bergslaget.se', origin: 'https://bergslaget.se' }],
    [
      'a form on the site behind a proxy that names the public host',
      {
        host: '10.0.0.5:3000',
        'x-forwarded-host': 'bergslaget.se, 10.0.0.5',
        origin: 'https://bergslaget.se',
      },
    ],
    ['a form on the site at a port', { host: 'localhost:3000', origin: 'http://localhost:3000' }],
    [
      'a page with Referrer-Policy: no-referrer, whose browser sends Origin "null" even to its own site',
      { host: 'bergslaget.se', origin: 'null', 'sec-fetch-site': 'same-origin' },
    ],
    [
      'a browser that sends no Origin but Sec-Fetch-Site',
      { host: 'bergslaget.se', 'sec-fetch-site': 'same-origin' },
    ],
  ])('lets through %s', (_case, headers) => {
    expect(isSameOriginRequest(post(headers))).toBe(true)
  })

  it.each<[string, Record<string, string>]>([
    ['a form on another site', { host: 'bergslaget.se', origin: 'https://evil.example' }],
    ['a form on a sibling host', { host: 'bergslaget.se', origin: 'https://studio.bergslaget.se' }],
    [
      'a host that only begins like the site',
      { host: 'bergslaget.se', origin: 'https://bergslaget.se.evil.example' },
    ],
    ['a form at another port', { host: 'localhost:3000', origin: 'http://localhost:4000' }],
    [
      'a host the proxy did not forward',
      { host: 'bergslaget.se', 'x-forwarded-host': 'www.bergslaget.se', origin: 'https://bergslaget.se' },
    ],
    ['an Origin that is no URL', { host: 'bergslaget.se', origin: 'bergslaget.se' }],
    [
      'a sandboxed frame or data: URL, which sends Origin "null"',
      { host: 'bergslaget.se', origin: 'null', 'sec-fetch-site': 'cross-site' },
    ],
    ['Origin "null" alone', { host: 'bergslaget.se', origin: 'null' }],
    ['a sibling host, by Sec-Fetch-Site', { host: 'bergslaget.se', 'sec-fetch-site': 'same-site' }],
    ['a navigation the user started, by Sec-Fetch-Site', { host: 'bergslaget.se', 'sec-fetch-site': 'none' }],
    ['a request that says nothing of where it comes from', { host: 'bergslaget.se' }],
  ])('refuses %s', (_case, headers) => {
    expect(isSameOriginRequest(post(headers))).toBe(false)
  })
})
