#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse (mobile, its default) on one page of every page type of the
// production build (or of the types and paths given as arguments), three runs each, median scores in a
// table. A benchmark, not a test: not part of `npm test`, no thresholds. Offline: Debian Chromium with
// the suite's flags (no lookups beyond localhost), no error reporting.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { chromiumArgs, defaultChromePath, findChromium } from '../e2e/support/chromium.mjs'
import { notFoundPageType, pageTypes, readBuildRoutes } from '../e2e/support/page-types.mjs'
import { startServer } from '../e2e/support/server.mjs'

/**
 * The part of a Lighthouse JSON report read here. Lighthouse's own `Result` type describes a dozen kinds
 * of audit details; this script only looks for the URLs in whichever items carry one.
 *
 * @typedef {object} Report
 * @property {Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>} categories
 * @property {Record<string, Audit>} audits
 */

/**
 * @typedef {object} Audit
 * @property {string} id
 * @property {number | null} score
 * @property {string} [displayValue]
 * @property {{ items?: { url?: string, sourceLocation?: { url?: string } }[] }} [details]
 */

const runs = 3
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const metricAudits = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
}
const webRoot = fileURLToPath(new URL('..', import.meta.url))
const lighthouseCli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
const chromePath = findChromium() ?? noChromium()

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
 * @param {number} expectStatus
 * @returns {Promise<Report>}
 */
async function lighthouse(url, reportPath, expectStatus) {
  const args = [
    lighthouseCli,
    url,
    `--chrome-flags=${chromeFlags}`,
    `--only-categories=${categories.join(',')}`,
    '--output=json',
    `--output-path=${reportPath}`,
    '--no-enable-error-reporting',
    '--quiet',
    // The 404 page is measured too; without this Lighthouse refuses a 404 document.
    ...(expectStatus === 404 ? ['--ignore-status-code'] : []),
  ]
  await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromePath },
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(readFileSync(reportPath, 'utf8'))
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
/**
 * @param {Report} report
 * @param {string} category
 */
const score = (report, category) => Math.round((report.categories[category]?.score ?? NaN) * 100)

const server = await startServer({ webRoot, quiet: true })
const workDir = mkdtempSync(join(tmpdir(), 'bergslaget-lighthouse-'))
/** @type {string[][]} the table's cells, one row per page type */
const rows = []
const notes = []
try {
  // `node bench/lighthouse.mjs [pattern or path …]` measures only those: a page type by its route
  // (`/evenemang/[slug]`) or a page by its path (a dynamic one, `/sok?q=kommun`). Without, every type.
  const allTypes = [...pageTypes(readBuildRoutes(webRoot)), notFoundPageType]
  const wanted = process.argv.slice(2)
  const types =
    wanted.length === 0
      ? allTypes
      : wanted.map(
          (want) =>
            allTypes.find((type) => type.pattern === want) ?? { pattern: want, path: want, status: 200 },
        )
  console.log(
    `Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version}, ${chromePath}, mobile, ${runs} runs per page type, server ${server.baseUrl}`,
  )
  for (const type of types) {
    if (!type.path) continue
    /** @type {Report[]} */
    const reports = []
    for (let run = 1; run <= runs; run++) {
      const started = Date.now()
      reports.push(
        await lighthouse(
          `${server.baseUrl}${type.path}`,
          join(workDir, `report-${rows.length}-${run}.json`),
          type.status,
        ),
      )
      process.stdout.write(
        `  ${type.pattern} run ${run}/${runs} ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      )
    }
    const medians = Object.fromEntries(
      categories.map((category) => [category, median(reports.map((report) => score(report, category)))]),
    )
    // The metrics of the run whose performance score is the median, to show what the score is made of.
    const typical =
      reports.find((report) => score(report, 'performance') === medians.performance) ?? reports[0]
    const metrics = Object.values(metricAudits).map(
      (id) => typical?.audits[id]?.displayValue?.replace(/\u00a0/g, ' ') ?? '?',
    )
    rows.push([
      type.pattern,
      type.path,
      ...categories.map((category) => String(medians[category])),
      ...metrics,
    ])
    // What cost points outside performance (same in every run: these audits are not timing-based).
    const first = reports[0]
    const failed = categories
      .filter((category) => category !== 'performance')
      .flatMap((category) => first?.categories[category]?.auditRefs.filter((ref) => ref.weight > 0) ?? [])
      .flatMap((ref) => first?.audits[ref.id] ?? [])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => {
        const urls = (audit.details?.items ?? [])
          .map((item) => item.sourceLocation?.url ?? item.url)
          .filter(Boolean)
        return urls.length > 0 ? `${audit.id} (${[...new Set(urls)].slice(0, 3).join(', ')})` : audit.id
      })
    if (failed.length > 0) notes.push(`${type.pattern}: ${failed.join(', ')}`)
  }
} finally {
  rmSync(workDir, { recursive: true, force: true })
  await server.stop()
}

const header = [
  'page type',
  'URL',
  'performance',
  'accessibility',
  'best practices',
  'SEO',
  ...Object.keys(metricAudits),
]
const table = [header, ...rows]
const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0)))
/** @param {string[]} cells */
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
console.log(
  `\nMedian of ${runs} runs (Lighthouse scores 0–100, mobile; metrics of the median performance run):\n`,
)
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'))
if (notes.length > 0) console.log(`\nAudits below full score outside performance:\n  ${notes.join('\n  ')}`)
