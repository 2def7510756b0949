import type { Page } from 'playwright-core'

import { contextOptions, viewports } from './support/chromium.mjs'
import { e2eContext } from './support/crawl-result'
import { startPagePerTest } from './support/page-per-test'

const { baseUrl, crawl } = e2eContext()
const skipLinkText = 'Hoppa till huvudinnehåll'

interface Focused {
  tag: string
  text: string
  href: string | null
  inHeaderNav: boolean
  inHeader: boolean
  insideMain: boolean
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href'),
      inHeaderNav: element.closest('header nav') !== null,
      inHeader: element.closest('header') !== null,
      insideMain: element.tagName !== 'MAIN' && element.closest('main') !== null,
    }
  })
}

const navLinks = (page: Page) =>
  page.$$eval('header nav a[href]', (links) =>
    links.map((a) => ({
      text: (a.textContent ?? '').trim(),
      href: a.getAttribute('href') ?? '',
      current: a.getAttribute('aria-current'),
    })),
  )

/** Presses Tab until a header nav link with this href has focus; false when focus leaves the header. */
async function tabTo(page: Page, href: string): Promise<boolean> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (now?.inHeaderNav && now.href === href) return true
    if (now && !now.inHeader && now.text !== skipLinkText) return false
  }
  return false
}

describe.each(viewports)('keyboard only, $name width', (viewport) => {
  const page = startPagePerTest(baseUrl, contextOptions(viewport))

  it('focuses the skip link first, shows it, and Enter moves focus to the main content', async () => {
    await page().keyboard.press('Tab')
    expect(await focused(page())).toMatchObject({ tag: 'a', text: skipLinkText })
    const box = await page().locator(':focus').boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0).toBe(true)

    await page().keyboard.press('Enter')
    expect(await page().evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main')
    // The next Tab starts inside the main content, past the header.
    await page().keyboard.press('Tab')
    expect(await focused(page())).toMatchObject({ insideMain: true })
  })

  it('reaches every header nav link in order with Tab, the start page marked current', async () => {
    const links = await navLinks(page())
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((link) => link.current === 'page').map((link) => link.href)).toEqual(['/'])

    const reached: string[] = []
    for (let presses = 0; presses < 40; presses++) {
      await page().keyboard.press('Tab')
      const now = await focused(page())
      if (now?.inHeaderNav && now.href) reached.push(now.href)
      else if (reached.length > 0) break
    }
    expect(reached).toEqual(links.map((link) => link.href))
  })

  // The sections are the nav links the crawl found on the start page, so a new section is covered too.
  const sections = (crawl.pages.find((visited) => visited.path === '/')?.navLinks ?? []).filter(
    (link) => link.href !== '/',
  )

  it('has sections in the header nav', () => {
    expect(sections.length).toBeGreaterThan(0)
  })

  it.each(sections)(
    'opens $text with Enter on its nav link, then marked as the current page',
    async (section) => {
      expect(await tabTo(page(), section.href)).toBe(true)
      await page().keyboard.press('Enter')
      await page().waitForURL(`${baseUrl}${section.href}`)
      // The nav is a client component; its marker follows the client-side navigation.
      await page()
        .waitForFunction(
          (href) =>
            document.querySelector(`header nav a[href="${href}"]`)?.getAttribute('aria-current') === 'page',
          section.href,
          { timeout: 5_000 },
        )
        .catch(() => undefined)
      const current = (await navLinks(page()))
        .filter((link) => link.current === 'page')
        .map((link) => link.href)
      expect(current).toEqual([section.href])
      expect(await page().locator('main h1').count()).toBe(1)
    },
  )
})
