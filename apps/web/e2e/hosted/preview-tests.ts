import { launchChromium } from '../support/chromium.mjs'

import { draftExample, type HostedSite } from './hosted-site'

const {
  speakerId: draftSpeakerId,
  path: draftPath,
  publishedName,
  publishedBio,
  draftName,
  draftBio,
} = draftExample
const banner = 'Förhandsgranskning – utkast visas'

export function previewTests(site: () => HostedSite) {
  /**
   * Draft preview as the Presentation tool opens it: the Studio writes a one-hour secret to the dataset
   * and opens /api/draft-mode/enable; the site checks the secret with its Viewer token and sets Next's
   * draft-mode cookie. Only a request carrying that cookie may see the draft.
   */
  describe('draft preview', () => {
    const enable = (query: string) =>
      fetch(`${site().baseUrl}/api/draft-mode/enable${query}`, { redirect: 'manual' })
    /** The lake's queries in one perspective since `from`, each with the Authorization it carried. */
    const lakeReads = (perspective: 'published' | 'drafts' | 'raw', from = 0) =>
      site()
        .lake.requests.map((request, index) => ({
          request,
          authorization: site().lake.authorizations[index],
        }))
        .slice(from)
        .filter(({ request }) => request.includes(`perspective=${perspective}`))

    /** Grants a preview secret as the Presentation tool does, and returns it. */
    function publishPreviewSecret(secret: string): string {
      site().grantPreview(secret)
      return secret
    }
    const previewQuery = (secret: string) =>
      `?sanity-preview-secret=${secret}&sanity-preview-pathname=${draftPath}`

    async function expectVisitorsSeePublished() {
      const from = site().lake.requests.length
      const speakerPage = await site().page(draftPath)
      expect(speakerPage).toContain(publishedBio)
      for (const html of [speakerPage, await site().page('/talare')]) {
        expect(html).toContain(publishedName)
        expect(html).not.toContain(draftName)
        expect(html).not.toContain(draftBio)
        expect(html).not.toContain(banner)
      }
      expect(lakeReads('drafts', from)).toEqual([])
    }

    test('the enable route refuses a missing or a wrong secret', async () => {
      const missing = await enable(`?sanity-preview-pathname=${draftPath}`)
      expect(missing.status).toBe(401)
      expect(cookiesSet(missing).has('__prerender_bypass')).toBe(false)

      const from = site().lake.requests.length
      const wrong = await enable(`?sanity-preview-secret=guessed&sanity-preview-pathname=${draftPath}`)
      expect(wrong.status).toBe(401)
      expect(cookiesSet(wrong).has('__prerender_bypass')).toBe(false)
      // The secret is a private document, looked up with the token in the raw perspective.
      expect(lakeReads('raw', from).map(({ authorization }) => authorization)).toEqual([
        `Bearer ${site().readToken}`,
      ])
    })

    test('with a valid secret the editor sees the draft under the banner; visitors never do', async () => {
      await expectVisitorsSeePublished()

      const enabled = await enable(previewQuery(publishPreviewSecret('e2e-preview-secret')))
      expect(enabled.status).toBe(307)
      expect(new URL(enabled.headers.get('location') ?? '', site().baseUrl).href).toBe(
        `${site().baseUrl}${draftPath}`,
      )
      const set = cookiesSet(enabled)
      expect(set.get('__prerender_bypass')).toMatch(/^__prerender_bypass=[^;]+;/)
      const cookie = cookieHeader(set)

      const from = site().lake.requests.length
      const preview = await site().page(draftPath, cookie)
      expect(preview).toContain(draftName)
      expect(preview).toContain(draftBio)
      expect(preview).not.toContain(publishedBio)
      expect(preview).toContain(banner)
      expect(await site().page('/talare', cookie)).toContain(draftName)
      // The preview read drafts, with the token; every published read, since the build, went without it.
      expect(lakeReads('drafts', from).length).toBeGreaterThan(0)
      const tokens = (reads: ReturnType<typeof lakeReads>) => new Set(reads.map((read) => read.authorization))
      expect(tokens(lakeReads('drafts'))).toEqual(new Set([`Bearer ${site().readToken}`]))
      expect(tokens(lakeReads('published'))).toEqual(new Set([undefined]))

      await expectVisitorsSeePublished()

      // A document never published yet: the editor previews its page; for visitors it does not exist.
      site().lake.publish({
        ...site().published(draftSpeakerId),
        _id: 'drafts.speaker-e2e-utkast',
        name: 'Ulla Utkast',
        slug: { _type: 'slug', current: 'ulla-utkast' },
      })
      expect(await site().page('/talare/ulla-utkast', cookie)).toContain('Ulla Utkast')
      expect((await fetch(`${site().baseUrl}/talare/ulla-utkast`)).status).toBe(404)

      // Leaving: the banner's form, posted from the site. A link or a form on another site cannot do it.
      const leave = (init: RequestInit) =>
        fetch(`${site().baseUrl}/api/draft-mode/disable`, { ...init, redirect: 'manual' })
      const get = await leave({ headers: { cookie } })
      expect({ status: get.status, allow: get.headers.get('allow') }).toEqual({ status: 405, allow: 'POST' })
      const form = new URLSearchParams({ returnTo: draftPath })
      const crossSite = await leave({
        method: 'POST',
        headers: { cookie, origin: 'https://evil.example' },
        body: form,
      })
      expect(crossSite.status).toBe(403)
      for (const refused of [get, crossSite]) expect(cookiesSet(refused).size).toBe(0)
      expect(await site().page(draftPath, cookie)).toContain(draftBio)

      const disabled = await leave({
        method: 'POST',
        headers: { cookie, origin: site().baseUrl },
        body: form,
      })
      expect(disabled.status).toBe(303)
      expect(disabled.headers.get('location')).toBe(draftPath)
      expect(cookiesSet(disabled).get('__prerender_bypass')).toMatch(
        /^__prerender_bypass=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i,
      )
    })

    test("the banner's button leaves preview without JavaScript, back on the same page", async () => {
      const browser = await launchChromium()
      try {
        const context = await browser.newContext({ javaScriptEnabled: false })
        const tab = await context.newPage()
        await tab.goto(
          `${site().baseUrl}/api/draft-mode/enable${previewQuery(publishPreviewSecret('e2e-no-js'))}`,
        )
        expect(new URL(tab.url()).pathname).toBe(draftPath)
        expect(await tab.locator('main').innerText()).toContain(draftBio)

        // The page the form posts from and the one it comes back to are the same: wait for the answer
        // to the GET that the 303 turned the POST into, not for a change of address.
        const [landed] = await Promise.all([
          tab.waitForResponse((response) => response.request().redirectedFrom()?.method() === 'POST'),
          tab.getByRole('button', { name: 'Lämna förhandsgranskningen' }).click(),
        ])
        const post = landed.request().redirectedFrom()
        expect(post?.url()).toBe(`${site().baseUrl}/api/draft-mode/disable`)
        expect(await post?.headerValue('origin')).toBe(site().baseUrl)
        expect((await post?.response())?.status()).toBe(303)
        expect(landed.url()).toBe(`${site().baseUrl}${draftPath}`)
        await tab.waitForLoadState()

        const text = await tab.locator('body').innerText()
        expect(text).toContain(publishedBio)
        expect(text).not.toContain(draftBio)
        expect(text).not.toContain(banner)
        const cookies = await context.cookies(site().baseUrl)
        expect(cookies.filter((cookie) => cookie.name === '__prerender_bypass')).toEqual([])
      } finally {
        await browser.close()
      }
    })
  })
}

/** The Set-Cookie lines of a response, by cookie name (the last line for a name wins, as in a browser). */
function cookiesSet(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((line) => [line.slice(0, line.indexOf('=')), line]))
}

/** The Cookie header a browser would send back: the cookies set with a value. */
function cookieHeader(set: Map<string, string>): string {
  return [...set.values()]
    .map((line) => line.split(';')[0] ?? '')
    .filter((pair) => !pair.endsWith('='))
    .join('; ')
}
