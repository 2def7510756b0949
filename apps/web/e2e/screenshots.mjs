#!/usr/bin/env node
// `npm run screenshots`: a full-page PNG of every page type (one per route of the build, plus the 404
// page) at phone and desktop width, and the share image each of those pages has, as served, in
// e2e/screenshots/ (git-ignored), for people to look at.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
      let shared = null
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
        if (viewport === viewports[0]) {
          shared = await page.evaluate(`document.querySelector('meta[property="og:image"]')?.content ?? null`)
        }
        await context.close()
      }
      if (!shared) continue
      // The image the page names, from the server under test rather than the SITE_URL it names.
      const shareImage = await fetch(`${server.baseUrl}${new URL(shared).pathname}`)
      const bytes = Buffer.from(await shareImage.arrayBuffer())
      const file = join(outDir, `${pageTypeSlug(type.pattern)}--delningsbild.png`)
      writeFileSync(file, bytes)
      console.log(
        `${String(shareImage.status).padEnd(4)}${type.pattern.padEnd(36)}${`${bytes.length} B`.padEnd(9)}${file}`,
      )
    }
  } finally {
    await browser.close()
  }
} finally {
  await server.stop()
}
