import type { Browser, Page } from 'playwright-core'

import { contextOptions, launchChromium, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { pageTypes, readBuildRoutes } from './support/page-types.mjs'

const { baseUrl, webRoot } = e2eContext()

// One page of each type the build prerendered, which the page cache (cache-handler.mjs) serves with the
// style rules it does not use out of its head (unused-styles-last.mjs).
const routes = readBuildRoutes(webRoot)
const prerenderedPaths = new Set(routes.prerendered.map(({ path }) => path))
const paths = pageTypes(routes).flatMap(({ path }) => (path && prerenderedPaths.has(path) ? [path] : []))

const unusedStyles = /<style data-unused-styles="">[\s\S]*?<\/style>/

/**
 * `path` as served, and as Next.js wrote it: each stylesheet in its head whole again, from the files it
 * names (what `inlineCss` copies into the page), and no moved rules. (The build's own HTML files are no
 * reference: a page regenerated at run time is written back to them as served.)
 */
async function servedAndOriginal(path: string) {
  const served = await (await fetch(`${baseUrl}${path}`)).text()
  let original = served.replace(unusedStyles, '')
  for (const [style, openingTag, hrefs] of original.matchAll(
    /(<style data-precedence="[^"]*" data-href="([^"]*)">)[\s\S]*?<\/style>/g,
  )) {
    const files = await Promise.all(
      (hrefs ?? '').split(' ').map(async (href) => (await fetch(`${baseUrl}${href}`)).text()),
    )
    original = original.replace(style, `${openingTag}${files.join('\n')}</style>`)
  }
  return { served, original }
}

/**
 * Every element's computed style, its ::before and ::after too, in document order; not the styles and
 * scripts, nor what is not rendered: Next.js's hidden holder of streamed metadata (kept or not after a
 * client-side navigation, as React's timing has it) and the element that announces a navigation.
 *
 * Every block is laid out for the reading: a block with `content-visibility: auto` (globals.css) has its
 * estimated height until Chromium, in a later frame, finds it near the viewport, and which frame that is
 * varies from load to load (a CI run read a heading of the same page at 96 px once and 35 px once).
 */
function computedStyles() {
  const serialize = (style: CSSStyleDeclaration) =>
    // Sorted: Chromium lists custom properties in the order their stylesheets declared them.
    Array.from(style, (name) => `${name}:${style.getPropertyValue(name)}`)
      .sort()
      .join(';')
  const allLaidOut = document.createElement('style')
  allLaidOut.textContent = '* { content-visibility: visible !important }'
  document.head.append(allLaidOut)
  const styles = Array.from(document.querySelectorAll('html, html *'))
    .filter(
      (element) =>
        !element.matches('head, head *, style, script, next-route-announcer, [hidden], [hidden] *'),
    )
    .map((element) =>
      [null, '::before', '::after']
        .map((pseudo) => `${element.tagName} ${pseudo ?? ''} ${serialize(getComputedStyle(element, pseudo))}`)
        .join('\n'),
    )
  allLaidOut.remove()
  return styles
}

/** The computed styles of `html` served at `path`, without running its scripts, on a screen or paper. */
async function stylesOf(page: Page, path: string, html: string, media: 'screen' | 'print') {
  await page.route(`${baseUrl}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.emulateMedia({ media })
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' })
  await page.unroute(`${baseUrl}${path}`)
  return page.evaluate(computedStyles)
}

/** Each element whose style differs: its tag, the declarations it gained and those it lost. */
const changes = (before: string[], after: string[]) =>
  after.flatMap((style, index) => {
    if (style === before[index]) return []
    const [was, now] = [before[index] ?? '', style].map((text) => new Set(text.split(';')))
    const only = (a = new Set<string>(), b = new Set<string>()) =>
      [...a].filter((declaration) => !b.has(declaration))
    return [`${style.split(' ')[0]}: +${only(now, was).join(';')} -${only(was, now).join(';')}`]
  })

describe("a page's style rules it does not use, out of its head to the end of its body", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  test.each(paths)(
    '%s: every element styled as in the page Next.js wrote, on phone, desktop, paper',
    async (path) => {
      const { served, original } = await servedAndOriginal(path)
      // Moved on every page: the draft preview's banner, shown only in draft mode.
      expect(served).toMatch(/<style data-unused-styles="">[^<]*_banner\{[^<]*<\/style><\/body>/)
      expect(original).toContain('_banner{')
      expect(original).not.toMatch(unusedStyles)
      for (const viewport of viewports) {
        const context = await browser.newContext({ ...contextOptions(viewport), javaScriptEnabled: false })
        try {
          const page = await context.newPage()
          for (const media of viewport.isMobile ? (['screen'] as const) : (['screen', 'print'] as const)) {
            const before = await stylesOf(page, path, original, media)
            const after = await stylesOf(page, path, served, media)
            expect({
              viewport: viewport.name,
              media,
              elements: after.length,
              changed: changes(before, after),
            }).toEqual({
              viewport: viewport.name,
              media,
              elements: before.length,
              changed: [],
            })
          }
        } finally {
          await context.close()
        }
      }
    },
  )

  test('after client-side navigations through the menu, every element is styled as on a fresh load', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/evenemang`, { waitUntil: 'load' })
      // Gone with a full page load, kept through client-side navigations.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }))
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' })
      const fresh = await context.newPage()
      const names = await menu.getByRole('link').allTextContents()
      expect(names.length).toBeGreaterThan(3)
      for (const name of names) {
        const link = menu.getByRole('link', { name, exact: true })
        const path = (await link.getAttribute('href')) ?? ''
        await link.click()
        await page.waitForURL(`${baseUrl}${path}`)
        await page.waitForLoadState('networkidle')
        expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
        const navigated = await page.evaluate(computedStyles)
        const loaded = await stylesOf(fresh, path, (await servedAndOriginal(path)).original, 'screen')
        expect({ path, elements: navigated.length, changed: changes(loaded, navigated) }).toEqual({
          path,
          elements: loaded.length,
          changed: [],
        })
      }
    } finally {
      await page.close()
      await context.close()
    }
  })
})
