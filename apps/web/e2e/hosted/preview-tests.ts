import { draftExample, previewSecretDocument, type HostedSite } from './hosted-site'

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

      const secret = 'e2e-preview-secret'
      site().lake.publish(previewSecretDocument(secret))
      const enabled = await enable(`?sanity-preview-secret=${secret}&sanity-preview-pathname=${draftPath}`)
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

      const disabled = await fetch(`${site().baseUrl}/api/draft-mode/disable`, {
        headers: { cookie },
        redirect: 'manual',
      })
      expect(disabled.status).toBe(307)
      expect(new URL(disabled.headers.get('location') ?? '', site().baseUrl).pathname).toBe('/')
      expect(cookiesSet(disabled).get('__prerender_bypass')).toMatch(
        /^__prerender_bypass=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i,
      )
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
