// One Lighthouse run (mobile, its default) of a page through the CLI, with Debian's Chromium and the
// suite's offline flags; shared by `bench:lighthouse` and `bench`. Plain ESM.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

import { chromiumArgs, defaultChromePath, findChromium } from '../../e2e/support/chromium.mjs'

/**
 * The part of a Lighthouse JSON report read here. Lighthouse's own `Result` type describes a dozen kinds
 * of audit details; the benchmarks read a few numbers and the URLs or sizes of the items that carry them.
 *
 * @typedef {object} Report
 * @property {Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>} categories
 * @property {Record<string, Audit>} audits
 */

/**
 * @typedef {object} Audit
 * @property {string} id
 * @property {number | null} score
 * @property {number} [numericValue]
 * @property {string} [displayValue]
 * @property {{ items?: AuditItem[] }} [details]
 */

/**
 * @typedef {object} AuditItem
 * @property {string} [url]
 * @property {{ url?: string }} [sourceLocation]
 * @property {string} [resourceType]
 * @property {number} [transferSize]
 */

export const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
export const chromePath = findChromium() ?? noChromium()

/** @returns {never} */
function noChromium() {
  console.error(
    `No Chromium at ${process.env.CHROME_PATH || defaultChromePath}: install Debian's chromium or set CHROME_PATH.`,
  )
  process.exit(1)
}

// Lighthouse's CLI re-parses --chrome-flags, so a value with spaces goes in quotes.
const chromeFlags = chromiumArgs.map((flag) => flag.replace(/^(--[^=]+=)(.*\s.*)$/, '$1"$2"')).join(' ')

/**
 * @param {string} url
 * @param {string} reportPath
 * @param {{ categories: string[], expectStatus?: number, throttling?: 'simulate' | 'devtools' }} options
 *   throttling: Lighthouse's own default, `simulate`, loads the page at full speed and computes the
 *   metrics of a mobile load from its trace; `devtools` loads it throttled and measures it.
 * @returns {Promise<Report>}
 */
export async function lighthouse(
  url,
  reportPath,
  { categories, expectStatus = 200, throttling = 'simulate' },
) {
  const args = [
    lighthouseCli,
    url,
    `--chrome-flags=${chromeFlags}`,
    `--only-categories=${categories.join(',')}`,
    '--output=json',
    `--output-path=${reportPath}`,
    `--throttling-method=${throttling}`,
    '--no-enable-error-reporting',
    '--quiet',
    // The 404 page is measured too; without this Lighthouse refuses a 404 document.
    ...(expectStatus === 404 ? ['--ignore-status-code'] : []),
  ]
  // On a busy machine Lighthouse sometimes loses the trace of the load (NO_NAVSTART, NO_FCP) and says
  // to run it again; it is, twice at most.
  for (let attempt = 1; ; attempt++) {
    try {
      await promisify(execFile)(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath },
        maxBuffer: 64 * 1024 * 1024,
      })
      return JSON.parse(readFileSync(reportPath, 'utf8'))
    } catch (error) {
      const stderr = /** @type {{ stderr?: string }} */ (error).stderr ?? ''
      if (attempt === 3 || !stderr.includes('Please run Lighthouse again')) throw error
    }
  }
}

/**
 * How many Lighthouse runs a benchmark takes the median of: BENCH_RUNS, 7 unless set.
 *
 * @returns {number}
 */
export function benchRuns() {
  const runs = Number(process.env.BENCH_RUNS ?? 7)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number from 1, not ${process.env.BENCH_RUNS}`)
  return runs
}

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/**
 * @param {Report} report
 * @param {string} category
 */
export const score = (report, category) => Math.round((report.categories[category]?.score ?? NaN) * 100)

/**
 * An audit's measured value (ms for timings, bytes for weights); NaN when the run did not measure it.
 *
 * @param {Report} report
 * @param {string} audit
 */
export const metric = (report, audit) => report.audits[audit]?.numericValue ?? NaN
