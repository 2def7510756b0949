import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'

import { launchChromium } from './chromium.mjs'

/**
 * One Chromium for the enclosing describe block and, for each test, a fresh context (no cookies, focus
 * or history carried over) with the start page open. Returns how a test gets its page.
 */
export function startPagePerTest(baseUrl: string, options: BrowserContextOptions): () => Page {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser.newContext(options)
    page = await context.newPage()
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' })
  })
  afterEach(async () => {
    await context?.close()
  })
  return () => page
}
