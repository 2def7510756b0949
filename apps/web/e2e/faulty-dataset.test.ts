import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

import {
  degradedDocuments,
  unroutableDocuments,
  writeFaultyDataset,
} from '@bergslaget/content/testing/faulty-dataset'

import { launchChromium } from './support/chromium.mjs'
import { crawlSite } from './support/crawl'
import type { CrawlResult } from './support/crawl-result'
import { startDeployedOnDataset } from './support/deployed-site'
import { readBuildRoutes } from './support/page-types.mjs'
import type { RunningServer } from './support/server.mjs'

/**
 * The site built and crawled on the bundled dataset with planted faults (the content package's
 * testing/faulty-dataset: a speaker without a name, a talk whose position is not a number, an
 * organisation whose slug cannot be routed, an article whose slug the news archive uses, ...), each
 * linked from valid documents wherever the site links. The rule under test: a document without a page
 * is linked from nowhere, so the crawl finds no broken link; and a broken detail costs only that detail.
 */
let server: RunningServer | undefined
let datasetFile: string
let crawl: CrawlResult

beforeAll(async () => {
  datasetFile = await writeFaultyDataset()
  // Started as deployed (the README's `npm start` in a checkout), in embedded mode on the faulty file.
  const repoRoot = join(process.env.E2E_WEB_ROOT as string, '..', '..')
  const started = performance.now()
  const deployed = await startDeployedOnDataset(repoRoot, 'e2e-faulty', datasetFile)
  server = deployed.server
  const startMs = performance.now() - started
  const browser = await launchChromium()
  try {
    crawl = await crawlSite(
      browser,
      server.baseUrl,
      readBuildRoutes(join(deployed.checkout, 'apps/web')).patterns,
    )
  } finally {
    await browser.close()
  }
  console.log(
    `e2e faulty dataset: npm start answered after ${(startMs / 1000).toFixed(1)} s, crawl ${(crawl.durationMs / 1000).toFixed(1)} s`,
  )
}, 600_000)

afterAll(async () => {
  await server?.stop()
  if (datasetFile) rmSync(dirname(datasetFile), { recursive: true, force: true })
})

test('the crawl finds no broken link and no server error', () => {
  const byPath = new Map(crawl.pages.map((page) => [page.path, page]))
  const broken = crawl.links.filter((link) => byPath.get(link.target)?.status !== 200)
  const serverErrors = [
    ...crawl.pages.filter((page) => page.status >= 500).map((page) => `${page.status} ${page.path}`),
    ...crawl.pages.flatMap((page) => page.failedRequests.filter((request) => /^5\d\d /.test(request))),
  ]
  console.log(
    `e2e faulty dataset crawl: ${crawl.pages.length} pages visited, ${crawl.links.length} links checked, ` +
      `${broken.length} broken, ${serverErrors.length} responses ≥ 500`,
  )

  expect(crawl.pages.length).toBeGreaterThan(50)
  expect(crawl.links.length).toBeGreaterThan(500)
  expect(broken.map((link) => `${link.from} → ${link.href}`)).toEqual([])
  expect(serverErrors).toEqual([])
  expect(crawl.pages.filter((page) => page.error).map((page) => `${page.path}: ${page.error}`)).toEqual([])
  // The planted `javascript:` registration address is dropped, not rendered.
  expect(crawl.otherLinks.filter((href) => !/^(mailto|tel):/i.test(href.trim()))).toEqual([])
})

test('no page links to a planted fault', () => {
  const faultPaths = new Set(unroutableDocuments.map((doc) => doc.path))
  expect(crawl.links.filter((link) => faultPaths.has(link.target))).toEqual([])
})

test.each(unroutableDocuments)('$path ($fault) answers 404', async ({ path }) => {
  const response = await fetch(`${server?.baseUrl}${path}`)
  await response.arrayBuffer()
  expect(response.status).toBe(404)
})

test.each(degradedDocuments)('$path ($fault) is reached and answers 200 without it', ({ path }) => {
  expect(crawl.pages.find((page) => page.path === path)?.status).toBe(200)
})
