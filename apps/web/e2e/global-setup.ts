import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { launchChromium } from './support/chromium.mjs'
import { crawlSite } from './support/crawl'
import { readBuildRoutes } from './support/page-types.mjs'
import { startServer } from './support/server.mjs'
import type { RunningServer } from './support/server.mjs'

declare global {
  var __e2eServer: RunningServer | undefined
  var __e2eTempDir: string | undefined
}

/**
 * Starts the production server of the existing build and crawls it once; the tests assert on the crawl
 * (tmp JSON file) and open their own pages against the same server (E2E_BASE_URL).
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }) {
  const webRoot = projectConfig.rootDir
  const server = await startServer({ webRoot })
  globalThis.__e2eServer = server
  try {
    const browser = await launchChromium()
    try {
      const crawl = await crawlSite(browser, server.baseUrl, readBuildRoutes(webRoot).patterns)
      const tempDir = mkdtempSync(join(tmpdir(), 'bergslaget-e2e-'))
      globalThis.__e2eTempDir = tempDir
      const crawlFile = join(tempDir, 'crawl.json')
      writeFileSync(crawlFile, JSON.stringify(crawl))
      Object.assign(process.env, {
        E2E_BASE_URL: server.baseUrl,
        E2E_WEB_ROOT: webRoot,
        E2E_CRAWL_FILE: crawlFile,
      })
      console.log(
        `\ne2e: the production server on ${server.baseUrl}; crawled ${crawl.pages.length} pages in ${(crawl.durationMs / 1000).toFixed(1)} s`,
      )
    } finally {
      await browser.close()
    }
  } catch (error) {
    await server.stop()
    throw error
  }
}
