import type { Browser } from 'playwright-core'

import { axeViolations } from './support/axe'
import { contextOptions, launchChromium, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { visitablePageTypes } from './support/visitable-page-types'

const { baseUrl, webRoot } = e2eContext()

const { types, skipped } = visitablePageTypes(webRoot)
const cases = types.flatMap((type) => viewports.map((viewport) => ({ ...type, viewport })))

describe('axe-core, WCAG 2.2 A and AA', () => {
  let browser: Browser
  let violationCount = 0

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    console.log(
      `e2e axe: ${types.length} page types × ${viewports.length} widths = ${cases.length} pages checked, ` +
        `${violationCount} violations\n  checked: ${types.map((type) => `${type.pattern} (${type.path})`).join(', ')}` +
        (skipped.length > 0 ? `\n  no page in the dataset, not checked: ${skipped.join(', ')}` : ''),
    )
  })

  it.each(cases)(
    '$pattern ($path) at $viewport.name width has no violations',
    async ({ path, status, viewport }) => {
      const context = await browser.newContext(contextOptions(viewport))
      try {
        const page = await context.newPage()
        const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
        expect(response?.status()).toBe(status)
        const found = await axeViolations(page)
        violationCount += found.length
        if (found.length > 0)
          console.log(`axe violations on ${path} at ${viewport.name} width:\n  ${found.join('\n  ')}`)
        expect(found).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
