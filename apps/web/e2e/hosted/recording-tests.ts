import type { Browser, Request } from 'playwright-core'

import { launchChromium } from '../support/chromium.mjs'
import { isVideoHostRequest } from '../support/video-host.mjs'

import type { HostedSite } from './hosted-site'
import { publisher, secondsUntil } from './publishing'

const talkId = 'talk-ovakos-vatgassatsning-i-hofors'
const talkPath =
  '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen/ovakos-vatgassatsning-i-hofors'
const talkTitle = 'Ovakos vätgassatsning i Hofors'
const videoLink = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
const player = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'

/**
 * A talk's recording as an editor publishes it, in a real Chromium: nothing goes to the video host
 * until the visitor presses play; then the host's privacy-enhanced player loads in a frame the page's
 * Content-Security-Policy allows. There is no network here: the test answers for YouTube itself, with
 * a page of its own, and counts what the browser asked of it.
 */
export function recordingTests(site: () => HostedSite) {
  describe('a recording, published', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    test('loads nothing from the video host before play; a click loads its player, allowed by the policy', async () => {
      const { publish } = publisher(site())
      const talk = site().published(talkId)
      const start = performance.now()
      expect((await publish({ ...talk, recording: { _type: 'video', url: videoLink } })).status).toBe(200)
      await secondsUntil(site().baseUrl, talkPath, ({ html }) => html.includes('Inspelning'), start)

      const page = await browser.newPage()
      const toVideoHost: string[] = []
      const errors: string[] = []
      page.on('request', (request: Request) => {
        if (isVideoHostRequest(request.url())) toVideoHost.push(request.url())
      })
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await page.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>Spelaren</title><p>Spelaren</p>',
        }),
      )

      await page.goto(`${site().baseUrl}${talkPath}`, { waitUntil: 'networkidle' })
      const play = page.getByRole('button', { name: `Spela upp: ${talkTitle}` })
      await play.waitFor()
      expect(toVideoHost).toEqual([])
      expect(await page.locator('iframe').count()).toBe(0)

      // As a keyboard user starts it: focus on the button, Enter.
      await play.focus()
      await page.keyboard.press('Enter')
      const frame = page.frameLocator(`iframe[title="${talkTitle} (video från YouTube)"]`)
      await frame.getByText('Spelaren').waitFor()
      expect(toVideoHost).toEqual([player])
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME')
      expect(errors).toEqual([])
      await page.close()

      expect((await publish(talk)).status).toBe(200)
      await secondsUntil(
        site().baseUrl,
        talkPath,
        ({ html }) => !html.includes('Inspelning'),
        performance.now(),
      )
    })
  })
}
