#!/usr/bin/env node
// `npm run bench:recording`: what a recording costs a talk page (issue 13). It builds the site on a copy of
// the bundled dataset in which Ovako's talk has a YouTube recording and a twin of the talk, the same in
// every other field, has none, then runs Lighthouse mobile (devtools throttling, as `npm run bench`) on
// the two pages in turn, five times each, and prints their medians side by side with the requests each
// load sent to the video host (the player must load nothing before a click). A benchmark, not a test:
// run it alone on an idle machine. It leaves apps/web/.next built from that copy: `npm run build`
// rebuilds it from the bundled dataset.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { startServer } from '../e2e/support/server.mjs'
import { isVideoHostRequest } from '../e2e/support/video-host.mjs'

import {
  chromePath,
  lighthouse,
  lighthouseVersion,
  median,
  metric,
  score,
} from './support/lighthouse-run.mjs'

const runs = 5
const throttling = 'devtools'
const webRoot = fileURLToPath(new URL('..', import.meta.url))
const bundled = fileURLToPath(new URL('../../../packages/content/dataset/production.ndjson', import.meta.url))
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

const talkId = 'talk-ovakos-vatgassatsning-i-hofors'
const eventPath = '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const recording = { _type: 'video', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }

const workDir = mkdtempSync(join(tmpdir(), 'bergslaget-recording-'))
const datasetFile = join(workDir, 'dataset.ndjson')

/** The bundled dataset with the talk's recording and its twin without one. */
function writeVariant() {
  const documents = readFileSync(bundled, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const talk = documents.find((doc) => doc._id === talkId)
  if (!talk) throw new Error(`the bundled dataset has no ${talkId}`)
  const twin = {
    ...talk,
    _id: `${talkId}-utan-inspelning`,
    slug: { ...talk.slug, current: `${talk.slug.current}-utan-inspelning` },
  }
  const variant = [...documents.map((doc) => (doc === talk ? { ...talk, recording } : doc)), twin]
  writeFileSync(datasetFile, variant.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return { withRecording: `${eventPath}/${talk.slug.current}`, without: `${eventPath}/${twin.slug.current}` }
}

const paths = writeVariant()
const env = { CONTENT_DATASET_FILE: datasetFile }
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  cwd: webRoot,
  env: { ...process.env, ...env },
  stdio: ['ignore', 'ignore', 'inherit'],
})
if (build.status !== 0) throw new Error(`next build failed (${build.status})`)

/** @typedef {import('./support/lighthouse-run.mjs').Report} Report */
/** @param {Report} report how many requests the load sent to the video host */
const videoHostRequests = (report) =>
  (report.audits['network-requests']?.details?.items ?? []).filter(
    (item) => item.url && isVideoHostRequest(item.url),
  ).length

const server = await startServer({ webRoot, quiet: true, env })
/** @type {Record<'without' | 'withRecording', Report[]>} */
const reports = { without: [], withRecording: [] }
try {
  for (let run = 1; run <= runs; run++) {
    for (const page of /** @type {const} */ (['without', 'withRecording'])) {
      const reportPath = join(workDir, `${page}-${run}.json`)
      reports[page].push(
        await lighthouse(`${server.baseUrl}${paths[page]}`, reportPath, {
          categories: ['performance'],
          throttling,
        }),
      )
    }
  }
} finally {
  await server.stop()
  rmSync(workDir, { recursive: true, force: true })
}

console.log(
  `Lighthouse ${lighthouseVersion} mobile (${throttling} throttling), median of ${runs}, the two pages in turn; ` +
    `${chromePath}; node ${process.version}; ${new Date().toISOString()}\n`,
)
console.log(
  '| talk page | perf | LCP ms (×) | TBT ms | bytes (+) | requests to the video host, most in a run |',
)
console.log('|---|---|---|---|---|---|')
const without = reports.without
for (const [label, page] of /** @type {const} */ ([
  ['without a recording', 'without'],
  ['with a YouTube recording', 'withRecording'],
])) {
  /** @param {(report: Report) => number} read */
  const middle = (read) => median(reports[page].map(read))
  const lcp = middle((r) => metric(r, 'largest-contentful-paint'))
  const bytes = middle((r) => metric(r, 'total-byte-weight'))
  const baseLcp = median(without.map((r) => metric(r, 'largest-contentful-paint')))
  const baseBytes = median(without.map((r) => metric(r, 'total-byte-weight')))
  console.log(
    `| ${label} | ${middle((r) => score(r, 'performance'))} | ${lcp.toFixed(0)} (${(lcp / baseLcp).toFixed(2)}) | ` +
      `${middle((r) => metric(r, 'total-blocking-time')).toFixed(0)} | ${(bytes / 1024).toFixed(1)} KB ` +
      `(+${((bytes - baseBytes) / 1024).toFixed(1)}) | ${Math.max(...reports[page].map(videoHostRequests))} |`,
  )
}
console.log('\napps/web/.next now holds this build; `npm run build` rebuilds it from the bundled dataset.')
