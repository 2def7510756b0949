import axe from 'axe-core'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Browser } from 'playwright-core'

import { contextOptions, launchChromium, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { visitablePageTypes } from './support/visitable-page-types'

const { baseUrl, webRoot } = e2eContext()

// WCAG 2.0, 2.1 and 2.2 at levels A and AA; axe has no rule tagged wcag22a (WCAG 2.2's new checkable
// criterion, target size, is wcag22aa).
const runOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}

const { types, skipped } = visitablePageTypes(webRoot)
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
