import { e2eContext } from './support/crawl-result'
import { startPagePerTest } from './support/page-per-test'

const { baseUrl } = e2eContext()

// Links to the site's pages do not prefetch (components/page-link): a visit fetches the page a visitor
// opens, not the payload of every page its links lead to.
describe('links of the site', () => {
  const page = startPagePerTest(baseUrl, { viewport: { width: 1280, height: 4000 } })

  it.each(['/', '/talare', '/organisationer', '/evenemang'])(
    'on %s fetch no other page until one is followed',
    async (path) => {
      const routerFetches: string[] = []
      page().on('request', (request) => {
        if (new URL(request.url()).searchParams.has('_rsc')) routerFetches.push(request.url())
      })
      await page().goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      // Hydrated (the router runs) and every link of the page in view for a while.
      await page().waitForFunction(() => 'next' in window)
      await page().mouse.wheel(0, 10_000)
      await page().waitForTimeout(1_500)
      expect(routerFetches).toEqual([])

      // Following a link to a page (not a file, not a heading) still navigates without a reload: the
      // router fetches that one page.
      const link = page().locator('main a[href^="/"]:not([href*="."]):not([href*="#"])').first()
      const target = await link.getAttribute('href')
      await link.click()
      await page().waitForURL((url) => url.pathname === new URL(target ?? '/', baseUrl).pathname)
      expect(routerFetches.length).toBeGreaterThanOrEqual(1)
      expect(await page().evaluate(() => 'next' in window)).toBe(true)
    },
  )
})
