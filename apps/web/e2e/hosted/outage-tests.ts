import type { SanityDocument } from '@bergslaget/content/dataset'
import { webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import { axeViolations } from '../support/axe'
import { launchChromium } from '../support/chromium.mjs'
import { securityHeadersOf } from '../support/security-headers'

import type { HostedSite } from './hosted-site'

export function outageTests(site: () => HostedSite) {
  /**
   * The Content Lake down mid-run: what visitors have seen stays served (stale is better than an
   * error); a page that must be rendered anew shows the Swedish error page, never English or a trace.
   */
  describe('with the Content Lake down', () => {
    const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]
    const seen = [
      '/',
      '/evenemang',
      '/talare',
      '/talare/jan-bohman',
      '/organisationer/ovako',
      '/nyheter',
      '/om-foreningen',
    ]

    test('pages already rendered are still served; one the webhook expired shows the Swedish error page', async () => {
      const policy = securityHeadersOf((await fetch(`${site().baseUrl}/`)).headers)
      const before = new Map<string, string | undefined>()
      for (const path of seen) before.set(path, h1(await site().page(path)))
      const speaker = site()
        .lake.documents()
        .find((doc) => doc._id === 'speaker-jan-bohman') as SanityDocument
      const body = JSON.stringify(
        await webhookPayload({
          dataset: site().lake.documents(),
          before: speaker,
          after: { ...speaker, name: 'Jan Bohman (ny)' },
        }),
      )
      await site().lake.close()

      for (const path of seen)
        expect({ path, h1: h1(await site().page(path)) }).toEqual({ path, h1: before.get(path) })

      const signature = await encodeSignatureHeader(body, Date.now(), site().webhookSecret)
      expect((await site().postWebhook(body, signature)).status).toBe(200)
      // Next answers a failed render with an error shell and lets the browser render error.tsx from the
      // page's data, so the visitor's view is read in a browser, as a visitor gets it.
      const browser = await launchChromium()
      try {
        const tab = await browser.newPage()
        const response = await tab.goto(`${site().baseUrl}/talare/jan-bohman`)
        expect(response?.status()).toBe(500)
        // The error page carries the security headers too, and renders under its policy.
        expect(securityHeadersOf({ get: (name) => response?.headers()[name] ?? null })).toEqual(policy)
        await expect(tab.locator('h1').textContent()).resolves.toBe('Något gick fel')
        expect(await tab.locator('html').getAttribute('lang')).toBe('sv')
        await expect(
          tab.locator('header a', { hasText: 'Intresseföreningen Bergslaget' }).count(),
        ).resolves.toBe(1)
        const text = await tab.locator('body').innerText()
        expect(text).toContain('Försök igen')
        expect(text).not.toMatch(/This page couldn|Internal Server Error|fetch failed|ECONNREFUSED/)
        expect(await axeViolations(tab)).toEqual([])
      } finally {
        await browser.close()
      }
    })
  })
}
