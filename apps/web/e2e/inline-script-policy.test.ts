import type { Browser, Page } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { isDynamic, readBuildRoutes } from './support/page-types.mjs'

const { baseUrl, webRoot, crawl } = e2eContext()

// The pages Next caches, which cache-handler.mjs gives their inline-script policy: every route the build
// prerendered, and every dynamic route, whose other pages are rendered on a first visit and cached. A
// route rendered per request (search) is not cached and has the header's policy only.
const prerenderedRoutes = new Set(readBuildRoutes(webRoot).prerendered.map(({ pattern }) => pattern))
const cachedPages = crawl.pages
  .filter(({ isHtml, route }) => isHtml && route && (isDynamic(route) || prerenderedRoutes.has(route)))
  .map(({ path }) => path)

/** The page's own policy and, as Chromium hashes them, the inline scripts it runs. */
function readPolicy(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html')
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')
  const running = ['', 'text/javascript', 'application/javascript', 'module']
  const scripts = [...document.scripts].filter(
    (script) => !script.src && running.includes((script.getAttribute('type') ?? '').toLowerCase()),
  )
  return Promise.all(
    scripts.map(async (script) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent ?? ''))
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
    }),
  ).then((hashes) => ({ policy: policy ?? null, hashes }))
}

describe('the inline-script policy of every page', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
    // A secure context, where the page can hash.
    await page.goto(`${baseUrl}/robots.txt`)
  })
  afterAll(() => browser?.close())

  test('every cached page, the 404 too, allows exactly the inline scripts it has', async () => {
    expect(cachedPages.length).toBeGreaterThan(10)
    for (const path of [...cachedPages, '/finns-inte', '/talare/finns-inte']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      const { policy, hashes } = await page.evaluate(readPolicy, html)
      expect(hashes.length).toBeGreaterThan(0)
      expect({ path, policy }).toEqual({ path, policy: ["script-src 'self'", ...hashes].join(' ') })
    }
    console.log(`e2e inline-script policy: ${cachedPages.length + 2} pages, each with its own script hashes`)
  })

  test('search, rendered per request, has a nonce of its own on its policy and on each of its scripts', async () => {
    const nonces: string[] = []
    for (let request = 0; request < 2; request++) {
      const response = await fetch(`${baseUrl}/sok?q=kommun`)
      const policy = response.headers.get('content-security-policy') ?? ''
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? ''
      expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).toBe(
        `script-src 'self' 'nonce-${nonce}'`,
      )
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? []
      const running = scripts.filter((tag) => !tag.includes('application/ld+json'))
      expect(running.length).toBeGreaterThan(0)
      for (const tag of running) expect(tag).toContain(` nonce="${nonce}"`)
      nonces.push(nonce)
    }
    expect(new Set(nonces).size).toBe(2)
  })

  test.each(['/', '/sok?q=kommun'])(
    'a script injected into %s does not run; the page still does',
    async (path) => {
      const tab = await browser.newPage()
      const refusals: string[] = []
      tab.on('console', (message) => {
        if (message.type() === 'error') refusals.push(message.text())
      })
      await tab.route(`${baseUrl}${path}`, async (route) => {
        const response = await route.fetch()
        const body = (await response.text()).replace(
          '</body>',
          '<script>window.injected = true</script></body>',
        )
        await route.fulfill({ response, body })
      })

      await tab.goto(`${baseUrl}${path}`)
      // Next.js's client sets `window.next` once it has hydrated the page: its own scripts ran.
      await tab.waitForFunction(() => 'next' in window)
      expect(await tab.evaluate(() => 'injected' in window)).toBe(false)
      expect(refusals).toEqual([expect.stringContaining('Content Security Policy')])
      await tab.close()
    },
  )
})
