import axe from 'axe-core'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

// WCAG 2.0, 2.1 and 2.2 at levels A and AA; axe has no rule tagged wcag22a (WCAG 2.2's new checkable
// criterion, target size, is wcag22aa).
const runOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}

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

/** axe-core's WCAG 2.2 A and AA violations on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready)
  // Evaluated by the browser's debugging protocol rather than added as a script element, which the
  // page's Content-Security-Policy refuses like any inline script it did not ship.
  await page.evaluate(axe.source)
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    runOptions,
  )
  return describeViolations(results)
}
