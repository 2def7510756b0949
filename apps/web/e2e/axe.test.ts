import axe from 'axe-core'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Browser } from 'playwright-core'

import { contextOptions, launchChromium, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { notFoundPageType, pageTypes, readBuildRoutes } from './support/page-types.mjs'

const { baseUrl, webRoot } = e2eContext()

// WCAG 2.0, 2.1 and 2.2 at levels A and AA; axe has no rule tagged wcag22a (WCAG 2.2's new checkable
// criterion, target size, is wcag22aa).
const runOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}

// One representative page per route of the build (see page-types.mjs), plus the 404 page.
// A dynamic route with no page in this dataset (a second page of news when there is one page) is skipped.
const allTypes = [...pageTypes(readBuildRoutes(webRoot)), notFoundPageType]
const types = allTypes.flatMap((type) => (type.path ? [{ ...type, path: type.path }] : []))
const skipped = allTypes.filter((type) => !type.path).map((type) => type.pattern)
const cases = types.flatMap((type) => viewports.map((viewport) => ({ ...type, viewport })))

function describeViolations(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        `    at ${node.target.join(' ')}\n` +
        `    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' | ')}\n` +
        `    ${violation.helpUrl}`,
    ),
  )
}

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
        await page.evaluate(() => document.fonts.ready)
        await page.addScriptTag({ content: axe.source })
        const results = await page.evaluate(
          (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
          runOptions,
        )
        const found = describeViolations(results)
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
