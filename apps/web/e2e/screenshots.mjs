#!/usr/bin/env node
// `npm run screenshots`: a full-page PNG of every page type (one per route of the build, plus the 404
// page) at phone and desktop width, in e2e/screenshots/ (git-ignored), for people to look at.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { contextOptions, launchChromium, viewports } from './support/chromium.mjs'
import { notFoundPageType, pageTypes, pageTypeSlug, readBuildRoutes } from './support/page-types.mjs'
import { startServer } from './support/server.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(webRoot, 'e2e', 'screenshots')

const server = await startServer({ webRoot })
try {
  const browser = await launchChromium()
  try {
    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    const types = [...pageTypes(readBuildRoutes(webRoot)), notFoundPageType]
    for (const type of types) {
      if (!type.path) {
        console.warn(`skipped ${type.pattern}: the build prerendered no page for it`)
        continue
      }
      for (const viewport of viewports) {
        const context = await browser.newContext(contextOptions(viewport))
        const page = await context.newPage()
        const response = await page.goto(`${server.baseUrl}${type.path}`, { waitUntil: 'load' })
        // A string: the expression runs in the page, where `document` exists.
        await page.evaluate('document.fonts.ready')
        const file = join(outDir, `${pageTypeSlug(type.pattern)}--${viewport.name}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(
          `${String(response?.status()).padEnd(4)}${type.pattern.padEnd(36)}${viewport.name.padEnd(9)}${file}`,
        )
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
} finally {
  await server.stop()
}
