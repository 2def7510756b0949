import type { Browser, ConsoleMessage, Page } from 'playwright-core'

import { launchChromium } from '../support/chromium.mjs'

import { draftExample, type HostedSite } from './hosted-site'

/**
 * The Studio's Presentation tool shows the site in a frame, in draft preview. The site's
 * Content-Security-Policy lets only the Studio's origin (SANITY_STUDIO_URL) frame it, and must not
 * block anything the preview needs: its scripts, styles and Sanity's visual editing overlay.
 */
export function presentationTests(site: () => HostedSite) {
  describe('Presentation, with the security policy on', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    /** A new page, with the errors its console reports (a blocked resource or frame is one). */
    async function openRecording(): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      return { page, errors }
    }

    test("the Studio frames the editor's draft, and nothing in it is refused", async () => {
      const secret = 'e2e-presentation-secret'
      site().grantPreview(secret)
      const enable = `${site().baseUrl}/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=${draftExample.path}`
      const { page, errors } = await openRecording()

      await page.goto(site().studio.url(enable))
      const frame = page.frameLocator('iframe')
      await frame.getByRole('heading', { level: 1, name: draftExample.draftName }).waitFor()
      await frame.getByText('Förhandsgranskning – utkast visas').waitFor()
      // Next.js's client started under the policy: it sets `window.next` when it has hydrated the page.
      const framed = page.frames().find((each) => each !== page.mainFrame())
      await framed?.waitForFunction(() => 'next' in window)
      expect(errors).toEqual([])
      await page.close()
    })

    test('any other origin gets no frame of the site', async () => {
      const { page, errors } = await openRecording()

      await page.goto(site().stranger.url(`${site().baseUrl}/`))
      const refused = () => errors.some((error) => error.includes('frame-ancestors'))
      for (let tries = 0; !refused() && tries < 50; tries++) await page.waitForTimeout(100)
      expect(refused()).toBe(true)
      expect(await page.frameLocator('iframe').getByRole('heading', { level: 1 }).count()).toBe(0)
      await page.close()
    })
  })
}
