import type { Browser } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { visitablePageTypes } from './support/visitable-page-types'

const { baseUrl, webRoot } = e2eContext()
const { types } = visitablePageTypes(webRoot)

// The narrowest screen the site supports (WCAG 1.4.10 reflow: 320 CSS pixels, no scrolling sideways).
const narrow = { width: 320, height: 640 }

describe('at 320 px wide', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    console.log(`e2e narrow screen: ${types.length} page types checked at ${narrow.width} px`)
  })

  it.each(types)(
    '$pattern ($path) needs no sideways scrolling and shows every menu item',
    async ({ path }) => {
      const context = await browser.newContext({ viewport: narrow, isMobile: true, hasTouch: true })
      try {
        const page = await context.newPage()
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
        const layout = await page.evaluate(() => ({
          pageWidth: document.documentElement.scrollWidth,
          // Elements sticking out of the page on either side, named so a failure says where.
          outside: Array.from(document.querySelectorAll('body *'))
            .filter((element) => {
              const box = element.getBoundingClientRect()
              return box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5)
            })
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
          menu: Array.from(document.querySelectorAll('header nav a'), (link) => {
            const box = link.getBoundingClientRect()
            return {
              text: link.textContent,
              visible: box.width > 0 && box.left >= 0 && box.right <= window.innerWidth,
            }
          }),
        }))

        expect(layout.outside).toEqual([])
        expect(layout.pageWidth).toBeLessThanOrEqual(narrow.width)
        expect(layout.menu.length).toBeGreaterThan(0)
        expect(layout.menu.filter((item) => !item.visible)).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
