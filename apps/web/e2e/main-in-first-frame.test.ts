import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Page } from 'playwright-core'

import { launchChromium } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { notFoundPageType, pageTypes, readBuildRoutes } from './support/page-types.mjs'

const { baseUrl, webRoot } = e2eContext()

// One page of each type the build prerendered, as `npm start` serves it from the page cache
// (cache-handler.mjs), and the 404. Search, rendered per request, is not cached and has no link.
const routes = readBuildRoutes(webRoot)
const prerenderedPaths = new Set([...routes.prerendered.map(({ path }) => path), notFoundPageType.path])
const paths = [...pageTypes(routes), notFoundPageType].flatMap(({ path }) =>
  path && prerenderedPaths.has(path) ? [path] : [],
)
const expectMain = '<link rel="expect" href="#huvudinnehall" blocking="render"/>'

/** Serves `html` in two parts, the second `pause` ms after the first: up to `<main`, and the rest. */
function serveSplitAtMain(html: string, pause: number) {
  const at = html.indexOf('<main')
  return new Promise<Server & { url: string }>((resolve) => {
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.write(html.slice(0, at))
      setTimeout(() => response.end(html.slice(at)), pause)
    })
    server.listen(0, () =>
      resolve(Object.assign(server, { url: `http://localhost:${(server.address() as AddressInfo).port}/` })),
    )
  })
}

/** When Chromium first painted content, in ms from the start of the load (queued after the frame). */
async function firstContentfulPaint(page: Page) {
  for (let tries = 0; tries < 50; tries++) {
    const paint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    )
    if (paint !== undefined) return paint
    await page.waitForTimeout(100)
  }
  throw new Error('Chromium recorded no first contentful paint in 5 s')
}

describe("every page's first frame waits for its <main>", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  test.each(paths)(
    '%s holds rendering, first thing in its head, until its <main> is parsed',
    async (path) => {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"><head><link rel="expect" href="#huvudinnehall"/)
      const page = await browser.newPage()
      try {
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
        expect(
          await page.evaluate(() => {
            const link = document.querySelector<HTMLLinkElement>('link[rel="expect"]')
            return {
              blocksRendering: link?.blocking.contains('render'),
              target: document.querySelector(link?.getAttribute('href') ?? 'none')?.tagName,
            }
          }),
        ).toEqual({ blocksRendering: true, target: 'MAIN' })
        // Rendering held, not kept from happening.
        expect(await firstContentfulPaint(page)).toBeGreaterThan(0)
      } finally {
        await page.close()
      }
    },
  )

  test('Chromium paints nothing until <main> has arrived, where it paints the header first without the link', async () => {
    const html = await (await fetch(`${baseUrl}/evenemang`)).text()
    const pause = 1500
    const firstPaint = async (document: string) => {
      const server = await serveSplitAtMain(document, pause)
      const page = await browser.newPage({ javaScriptEnabled: false })
      try {
        await page.goto(server.url, { waitUntil: 'load' })
        return await firstContentfulPaint(page)
      } finally {
        await page.close()
        server.close()
      }
    }

    expect(html).toContain(expectMain)
    expect(await firstPaint(html)).toBeGreaterThanOrEqual(pause)
    expect(await firstPaint(html.replace(expectMain, ''))).toBeLessThan(pause)
  })
})
