#!/usr/bin/env node
// `npm run bench:variants -- <path> [variant …]`: where one page's LCP goes. Lighthouse mobile (devtools
// throttling, as `npm run bench`) of the bare Next.js page, of the page, and of the page with one part
// of its HTML removed at a time (bench/support/page-variants.mjs), each run of all of them in turn,
// and the medians as ratios to the bare page's. The page and its variants are served by one proxy in
// front of the site (`npm start`), so they differ only in their HTML. A benchmark, not a test: run it
// alone on an idle machine (README, "Benchmarks").
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { startServer } from '../e2e/support/server.mjs'

import { startBarePage } from './support/bare-page.mjs'
import { benchRuns, lighthouse, lighthouseVersion, median, metric, score } from './support/lighthouse-run.mjs'
import { markdownTable } from './support/markdown-table.mjs'
import { pageVariants, serveVariants } from './support/page-variants.mjs'

const [path, ...wanted] = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in pageVariants))
if (!path?.startsWith('/') || unknown.length > 0) {
  console.error(
    `usage: node bench/variants.mjs <path> [variant …]; variants: ${Object.keys(pageVariants).join(', ')}` +
      (unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''),
  )
  process.exit(2)
}
const runs = benchRuns()

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const workDir = mkdtempSync(join(tmpdir(), 'bergslaget-variants-'))
const names = wanted.length > 0 ? wanted : Object.keys(pageVariants)

/** @type {Record<string, { bytes: number, lcp: number[], fcp: number[], performance: number[] }>} */
const measured = {}
const stops = []
try {
  const site = await startServer({ webRoot, quiet: true })
  stops.push(site.stop)
  const barePage = await startBarePage(webRoot)
  stops.push(barePage.stop)
  const answer = await fetch(`${site.baseUrl}${path}`)
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}, not 200`)
  const html = await answer.text()
  const documents = {
    page: html,
    ...Object.fromEntries(
      Object.entries(pageVariants)
        .filter(([name]) => names.includes(name))
        .map(([name, variant]) => [name, variant(html)]),
    ),
  }
  const proxy = await serveVariants(site.baseUrl, documents)
  stops.push(proxy.stop)
  const bareUrl = `${barePage.baseUrl}/`
  const targets = [
    { name: 'bare Next page', url: bareUrl, bytes: gzipSync(await (await fetch(bareUrl)).text()).length },
    ...Object.entries(documents).map(([name, document]) => ({
      name,
      url: `${proxy.baseUrl}/variant/${name}`,
      bytes: gzipSync(document).length,
    })),
  ]
  console.log(
    `Lighthouse ${lighthouseVersion} mobile (devtools throttling), median of ${runs}, ${path} and ` +
      `${names.length} variants, each run of all in turn; node ${process.version}; ${new Date().toISOString()}`,
  )
  for (let run = 1; run <= runs; run++) {
    // Every other run in the opposite order, so that no variant always follows the same one.
    for (const { name, url, bytes } of run % 2 ? targets : [...targets].reverse()) {
      const report = await lighthouse(url, join(workDir, `${name.replace(/\W+/g, '-')}-${run}.json`), {
        categories: ['performance'],
        throttling: 'devtools',
      })
      const entry = (measured[name] ??= { bytes, lcp: [], fcp: [], performance: [] })
      entry.lcp.push(metric(report, 'largest-contentful-paint'))
      entry.fcp.push(metric(report, 'first-contentful-paint'))
      entry.performance.push(score(report, 'performance'))
    }
    process.stdout.write(`  run ${run}/${runs}\n`)
  }
} finally {
  for (const stop of stops.reverse()) await stop()
  rmSync(workDir, { recursive: true, force: true })
}

const bareLcp = median(measured['bare Next page']?.lcp ?? [])
const rows = Object.entries(measured).map(([name, { bytes, lcp, fcp, performance }]) => [
  name,
  `${(bytes / 1024).toFixed(1)} KB`,
  `${median(lcp).toFixed(0)} (${(median(lcp) / bareLcp).toFixed(2)})`,
  median(fcp).toFixed(0),
  String(median(performance)),
  lcp.map((ms) => ms.toFixed(0)).join(' '),
])
console.log(
  `\n${markdownTable(['HTML', 'gzip', 'LCP ms (× bare)', 'FCP ms', 'perf', 'LCP of each run'], rows)}`,
)
