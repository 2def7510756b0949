#!/usr/bin/env node
// `npm run bench`: the site beside a bare Next.js page (bench/support/bare-page.mjs), built and served by
// the same Next.js in the same run, one page of every page type: Lighthouse mobile (median of 7 throttled
// runs of performance, LCP, TBT, page weight, each run right after one of the bare page), first-load JS
// (gzip), then throughput (autocannon, requests per second and p99 at 50 connections for 10 s, medians
// of three runs, each right after one of the bare page), each as a ratio to the bare page, and which of issue 12's floors a page misses. The site runs as `npm start` runs it
// (server.mjs); the bare page with `next start`. A benchmark, not a test: run it alone on an idle machine
// (README, "Benchmarks").
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { pageTypes, readBuildRoutes } from '../e2e/support/page-types.mjs'
import { startServer } from '../e2e/support/server.mjs'

import { startBarePage } from './support/bare-page.mjs'
import { firstLoadScriptBytes } from './support/first-load-js.mjs'
import {
  benchRuns,
  chromePath,
  lighthouse,
  lighthouseVersion,
  median,
  metric,
  score,
} from './support/lighthouse-run.mjs'
import { markdownTable } from './support/markdown-table.mjs'
import { connections, durationSeconds, throughput } from './support/throughput.mjs'

// Seven runs, not five: a ratio of two medians of 5 moved by ±0.05 between runs with the bare page's own
// spread (its five LCPs were 834–982 ms in one run), and each of three full runs in a row had a different
// page type or two at about 1.15 read over 1.2, each of which met every floor at nine runs.
// BENCH_RUNS=9 narrows a page's verdict further.
const runs = benchRuns()

// Throttled for real (Lighthouse's `devtools` method, the same mobile network and 4× CPU as its default)
// rather than simulated. A simulated LCP counts every script the unthrottled load ran before its first
// frame was shown, and on localhost the scripts often arrive first: the bare page's own simulated LCP
// came out 654, 2,065, 661 and 1,438 ms in four runs in a row, so a ratio to it said nothing. Throttled,
// the bare page measured 662–713 ms in four runs.
const throttling = 'devtools'
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const webRoot = fileURLToPath(new URL('..', import.meta.url))

/** Issue 12's floors, against the bare page. */
const floors = {
  performancePoints: 2,
  lcpRatio: 1.2,
  scriptBytesOver: 10 * 1024,
  throughputRatio: 0.8,
}

/**
 * @typedef {object} Measured
 * @property {string} label
 * @property {string} path
 * @property {boolean} prerendered
 * @property {Record<string, number>} scores median per Lighthouse category
 * @property {number} lcpMs
 * @property {number} bareLcpMs the bare page's, its runs alternating with this page's
 * @property {number} barePerformance the bare page's performance score in those runs
 * @property {number} tbtMs
 * @property {number} bytes the page's total transfer
 * @property {number} scriptBytes its first-load JavaScript, gzip
 * @property {number} requestsPerSecond median of loadRounds runs
 * @property {number} bareRequestsPerSecond the bare page's, its runs alternating with this page's
 * @property {number} p99Ms median of those runs
 * @property {number} failedRequests errors, timeouts and non-2xx answers under load
 */

const warmUpSeconds = 3
// Throughput rounds per page, each the bare page's run then the page's: medians of three.
const loadRounds = 3

const workDir = mkdtempSync(join(tmpdir(), 'bergslaget-bench-'))

/**
 * @param {string} label
 * @param {string} baseUrl
 * @param {string} path
 * @param {boolean} prerendered
 * @param {string} bareUrl
 * @returns {Promise<Measured>}
 */
async function measure(label, baseUrl, path, prerendered, bareUrl) {
  /** @type {import('./support/lighthouse-run.mjs').Report[]} */
  const reports = []
  /** @type {import('./support/lighthouse-run.mjs').Report[]} */
  const bareReports = []
  // Each run of the page right after a run of the bare page, so that its LCP and performance are compared
  // with the bare page's from the same minutes: the bare page's median LCP was 685 ms in one run and
  // 732 ms in another the same morning, a drift as large as the floor's margin for the pages near it.
  for (let run = 1; run <= runs; run++) {
    /** @param {string} name */
    const reportPath = (name) => join(workDir, `${name.replace(/\W+/g, '-')}-${run}.json`)
    bareReports.push(await lighthouse(bareUrl, reportPath(`bare-for-${label}`), { categories, throttling }))
    reports.push(await lighthouse(`${baseUrl}${path}`, reportPath(label), { categories, throttling }))
  }
  // The bare page again, alternating with the page: on a shared machine one bare figure for the whole run
  // was once 40 % under its usual value (another process's burst), which made every ratio after it look
  // good, and one pair of 10-second runs moved a page's ratio by ±0.2 between runs (the event page 1.15,
  // then 0.77). Both warmed up first: a server's first seconds under load on a path run unoptimised code
  // (25 % fewer requests per second for the bare page in its first run than in its second, back to back).
  for (const url of [bareUrl, `${baseUrl}${path}`]) await throughput(url, warmUpSeconds)
  const bareLoads = []
  const loads = []
  for (let round = 0; round < loadRounds; round++) {
    bareLoads.push(await throughput(bareUrl))
    loads.push(await throughput(`${baseUrl}${path}`))
  }
  process.stdout.write(`  measured ${label} (${path})\n`)
  /**
   * @param {(report: import('./support/lighthouse-run.mjs').Report) => number} read
   * @param {import('./support/lighthouse-run.mjs').Report[]} [from]
   */
  const middle = (read, from = reports) => median(from.map(read))
  return {
    label,
    path,
    prerendered,
    scores: Object.fromEntries(categories.map((category) => [category, middle((r) => score(r, category))])),
    lcpMs: middle((r) => metric(r, 'largest-contentful-paint')),
    bareLcpMs: middle((r) => metric(r, 'largest-contentful-paint'), bareReports),
    barePerformance: middle((r) => score(r, 'performance'), bareReports),
    tbtMs: middle((r) => metric(r, 'total-blocking-time')),
    bytes: middle((r) => metric(r, 'total-byte-weight')),
    scriptBytes: await firstLoadScriptBytes(`${baseUrl}${path}`),
    requestsPerSecond: median(loads.map((load) => load.requestsPerSecond)),
    bareRequestsPerSecond: median(bareLoads.map((load) => load.requestsPerSecond)),
    p99Ms: median(loads.map((load) => load.p99Ms)),
    failedRequests: loads.reduce((sum, load) => sum + load.errors + load.non2xx, 0),
  }
}

/**
 * The floors a page misses, in words; empty when it meets them all.
 *
 * @param {Measured} page
 * @param {Measured} bare
 */
function missedFloors(page, bare) {
  return [
    (page.scores.performance ?? 0) < page.barePerformance - floors.performancePoints && 'perf',
    page.lcpMs > page.bareLcpMs * floors.lcpRatio && 'LCP',
    page.scriptBytes > bare.scriptBytes + floors.scriptBytesOver && 'JS',
    page.prerendered &&
      page.requestsPerSecond < page.bareRequestsPerSecond * floors.throughputRatio &&
      'req/s',
    ['accessibility', 'best-practices', 'seo'].some((category) => page.scores[category] !== 100) &&
      'a11y/BP/SEO',
    page.failedRequests > 0 && 'failed requests',
  ].filter(Boolean)
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
/**
 * @param {number} value
 * @param {number} base
 */
const ratio = (value, base) => `(${(value / base).toFixed(2)})`

const site = await startServer({ webRoot, quiet: true })
/** @type {Measured[]} */
const measured = []
/** @type {Measured} */
let bare
try {
  const barePage = await startBarePage(webRoot)
  try {
    console.log(
      `Lighthouse ${lighthouseVersion} mobile (${throttling} throttling), median of ${runs}; autocannon ${connections} connections × ` +
        `${durationSeconds} s, median of ${loadRounds}, a browser's Accept-Encoding, each page right after the bare page; ${chromePath}; node ${process.version}; ` +
        new Date().toISOString(),
    )
    const bareUrl = `${barePage.baseUrl}/`
    bare = await measure('bare Next page', barePage.baseUrl, '/', true, bareUrl)
    const routes = readBuildRoutes(webRoot)
    const prerendered = new Set(routes.prerendered.map((route) => route.path))
    // `node bench/compare.mjs [pattern …]` measures only those page types (`/talare/[slug]`); without, all.
    const wanted = process.argv.slice(2)
    for (const { pattern, path } of pageTypes(routes)) {
      if (path && (wanted.length === 0 || wanted.includes(pattern)))
        measured.push(await measure(pattern, site.baseUrl, path, prerendered.has(path), bareUrl))
    }
  } finally {
    await barePage.stop()
  }
} finally {
  await site.stop()
  rmSync(workDir, { recursive: true, force: true })
}

const header = [
  'page',
  'perf',
  'LCP ms (×)',
  'bare LCP/perf',
  'TBT ms',
  'bytes',
  'first-load JS (+)',
  'req/s (×)',
  'p99 ms',
  'a11y/BP/SEO',
  'floors missed',
]
/** @param {Measured} page */
const cells = (page) => [
  page.label,
  String(page.scores.performance),
  `${page.lcpMs.toFixed(0)} ${ratio(page.lcpMs, page.bareLcpMs)}`,
  `${page.bareLcpMs.toFixed(0)}/${page.barePerformance}`,
  page.tbtMs.toFixed(0),
  kb(page.bytes),
  `${kb(page.scriptBytes)} (${page === bare ? '' : '+'}${page === bare ? '—' : kb(page.scriptBytes - bare.scriptBytes)})`,
  `${page.requestsPerSecond.toFixed(0)} ${ratio(page.requestsPerSecond, page.bareRequestsPerSecond)}${page.prerendered ? '' : ' dynamic'}`,
  String(page.p99Ms),
  categories
    .slice(1)
    .map((category) => page.scores[category])
    .join('/'),
  page === bare ? '' : missedFloors(page, bare).join(', ') || 'none',
]
console.log(`\n${markdownTable(header, [bare, ...measured].map(cells))}`)
console.log(
  `\nFloors (issue 12): perf ≥ bare − ${floors.performancePoints}, LCP ≤ ${floors.lcpRatio} × bare, first-load JS ≤ bare + ` +
    `${kb(floors.scriptBytesOver)}, prerendered req/s ≥ ${floors.throughputRatio} × bare, a11y/BP/SEO 100.`,
)
const missing = measured.filter((page) => missedFloors(page, bare).length > 0).length
console.log(`${measured.length - missing} of ${measured.length} page types meet every floor.`)
