#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse (mobile, its default) on one page of every page type of the
// production build (or of the types and paths given as arguments), three runs each, median scores in a
// table. A benchmark, not a test: not part of `npm test`, no thresholds. Offline: Debian Chromium with
// the suite's flags (no lookups beyond localhost), no error reporting.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { notFoundPageType, pageTypes, readBuildRoutes } from '../e2e/support/page-types.mjs'
import { startServer } from '../e2e/support/server.mjs'

import { chromePath, lighthouse, lighthouseVersion, median, score } from './support/lighthouse-run.mjs'
import { markdownTable } from './support/markdown-table.mjs'

/** @typedef {import('./support/lighthouse-run.mjs').Report} Report */

const runs = 3
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const metricAudits = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
}
const webRoot = fileURLToPath(new URL('..', import.meta.url))

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
    `Lighthouse ${lighthouseVersion}, ${chromePath}, mobile, ${runs} runs per page type, server ${server.baseUrl}`,
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
          { categories, expectStatus: type.status },
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
console.log(
  `\nMedian of ${runs} runs (Lighthouse scores 0–100, mobile; metrics of the median performance run):\n`,
)
console.log(markdownTable(header, rows))
if (notes.length > 0) console.log(`\nAudits below full score outside performance:\n  ${notes.join('\n  ')}`)
