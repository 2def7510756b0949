import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { bundledDatasetPath, parseNdjson, type SanityDocument } from '@bergslaget/content/dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'
import { bioEditExample, webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import { buildHostedSite } from './support/hosted-build'
import { startServer, type RunningServer } from './support/server.mjs'

/**
 * The site in hosted mode, as deployed: one production build against a local Content Lake, shared by
 * the publishing and the preview tests (a second build would cost a minute). The lake holds a draft
 * from the start, as a real dataset does while an editor works, so the build itself must leave it out.
 * The two tests touch different speakers: the webhook test publishes Göran Nyström's bio, the preview
 * test drafts Kjell Johansson.
 */
const webhookSecret = 'e2e-webhook-secret-0123456789'
const readToken = 'e2e-viewer-token'

const draftSpeakerId = 'speaker-kjell-johansson'
const draftPath = '/talare/kjell-johansson'
const publishedName = 'Kjell Johansson'
const publishedBio = 'Kjell Johansson är vd för Entré Hofors.'
const draftName = 'Kjell Utkastsson'
const draftBio = 'Utkast: en biografi som ännu inte är publicerad.'
const banner = 'Förhandsgranskning – utkast visas'

let lake: LocalContentLake
let server: RunningServer
let dataset: SanityDocument[]

const published = (id: string) => dataset.find((doc) => doc._id === id) as SanityDocument

beforeAll(async () => {
  lake = await startLocalContentLake('production', bundledDatasetPath)
  dataset = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  // The lake stores by id: a `drafts.` id is an unpublished edit, as the Studio saves one.
  lake.publish({
    ...bioEditExample.withBio(published(draftSpeakerId), draftBio),
    _id: `drafts.${draftSpeakerId}`,
    name: draftName,
  })
  const env = {
    SANITY_PROJECT_ID: 'e2e',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_REVALIDATE_SECRET: webhookSecret,
    SANITY_API_READ_TOKEN: readToken,
  }
  const build = await buildHostedSite(process.env.E2E_WEB_ROOT as string, env)
  console.log(`e2e: hosted-mode next build took ${(build.buildMs / 1000).toFixed(1)} s`)
  server = await startServer({ webRoot: build.webRoot, env })
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await lake?.close()
})

const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: cookie ? { cookie } : {} })
  expect(response.status).toBe(200)
  return response.text()
}

const postWebhook = async (body: string, signature: string) => {
  const response = await fetch(`${server.baseUrl}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
  })
  return { status: response.status, json: (await response.json()) as { tags?: string[] } }
}

/**
 * The "done when": a speaker's bio edit reaches their page through the webhook. The test edits
 * the bio in the lake, as a publish in the Studio would, and posts what Sanity's webhook would post.
 */
describe('publishing through the webhook', () => {
  const oldBio = 'Göran Nyström är vice vd på Ovako.'
  const newBio = 'Ny biografi, publicerad under e2e-testet.'

  test("a published bio edit reaches the speaker's page through the webhook, and only a valid signature does it", async () => {
    const speaker = published(bioEditExample.speakerId)
    expect(await page('/talare/goran-nystrom')).toContain(oldBio)

    const edited = bioEditExample.withBio(speaker, newBio)
    lake.publish(edited)
    const body = JSON.stringify(
      await webhookPayload({ dataset: lake.documents(), before: speaker, after: edited }),
    )

    // Served from the cache: without the webhook the page does not change (so the test below means something).
    expect(await page('/talare/goran-nystrom')).not.toContain(newBio)

    const forged = createHmac('sha256', 'not-the-secret').update(`${Date.now()}.${body}`).digest('base64url')
    expect((await postWebhook(body, `t=${Date.now()},v1=${forged}`)).status).toBe(401)
    const expired = await encodeSignatureHeader(body, Date.now() - 10 * 60 * 1000, webhookSecret)
    expect((await postWebhook(body, expired)).status).toBe(401)
    expect(await page('/talare/goran-nystrom')).not.toContain(newBio)

    const signature = await encodeSignatureHeader(body, Date.now(), webhookSecret)
    const accepted = await postWebhook(body, signature)
    expect(accepted.status).toBe(200)
    expect(accepted.json.tags).toEqual(bioEditExample.tags)

    // An unrelated page is still served from the cache: no query reaches the Content Lake for it.
    const queriesBefore = lake.requests.length
    expect(await page('/talare/jan-bohman')).toContain('Jan Bohman')
    expect(lake.requests.length).toBe(queriesBefore)

    const updated = await page('/talare/goran-nystrom')
    expect(updated).toContain(newBio)
    expect(updated).not.toContain(oldBio)
    expect(lake.requests.length).toBeGreaterThan(queriesBefore)

    expect((await postWebhook(body, signature)).status).toBe(409)
    expect((await fetch(`${server.baseUrl}/api/revalidate`)).status).toBe(405)
  })
})

/**
 * Draft preview as the Presentation tool opens it: the Studio writes a one-hour secret to the dataset
 * and opens /api/draft-mode/enable; the site checks the secret with its Viewer token and sets Next's
 * draft-mode cookie. Only a request carrying that cookie may see the draft.
 */
describe('draft preview', () => {
  const enable = (query: string) =>
    fetch(`${server.baseUrl}/api/draft-mode/enable${query}`, { redirect: 'manual' })
  /** The lake's queries in one perspective since `from`, each with the Authorization it carried. */
  const lakeReads = (perspective: 'published' | 'drafts' | 'raw', from = 0) =>
    lake.requests
      .map((request, index) => ({ request, authorization: lake.authorizations[index] }))
      .slice(from)
      .filter(({ request }) => request.includes(`perspective=${perspective}`))

  async function expectVisitorsSeePublished() {
    const from = lake.requests.length
    const speakerPage = await page(draftPath)
    expect(speakerPage).toContain(publishedBio)
    for (const html of [speakerPage, await page('/talare')]) {
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

    const from = lake.requests.length
    const wrong = await enable(`?sanity-preview-secret=guessed&sanity-preview-pathname=${draftPath}`)
    expect(wrong.status).toBe(401)
    expect(cookiesSet(wrong).has('__prerender_bypass')).toBe(false)
    // The secret is a private document, looked up with the token in the raw perspective.
    expect(lakeReads('raw', from).map(({ authorization }) => authorization)).toEqual([`Bearer ${readToken}`])
  })

  test('with a valid secret the editor sees the draft under the banner; visitors never do', async () => {
    await expectVisitorsSeePublished()

    const secret = 'e2e-preview-secret'
    lake.publish({
      _id: 'sanity-preview-url-secret.e2e',
      _type: 'sanity.previewUrlSecret',
      _createdAt: new Date().toISOString(),
      _updatedAt: new Date().toISOString(),
      _rev: 'e2e',
      secret,
      studioUrl: 'http://localhost:3333',
    })
    const enabled = await enable(`?sanity-preview-secret=${secret}&sanity-preview-pathname=${draftPath}`)
    expect(enabled.status).toBe(307)
    expect(new URL(enabled.headers.get('location') ?? '', server.baseUrl).href).toBe(
      `${server.baseUrl}${draftPath}`,
    )
    const set = cookiesSet(enabled)
    expect(set.get('__prerender_bypass')).toMatch(/^__prerender_bypass=[^;]+;/)
    const cookie = cookieHeader(set)

    const from = lake.requests.length
    const preview = await page(draftPath, cookie)
    expect(preview).toContain(draftName)
    expect(preview).toContain(draftBio)
    expect(preview).not.toContain(publishedBio)
    expect(preview).toContain(banner)
    expect(await page('/talare', cookie)).toContain(draftName)
    // The preview read drafts, with the token; every published read, since the build, went without it.
    expect(lakeReads('drafts', from).length).toBeGreaterThan(0)
    const tokens = (reads: ReturnType<typeof lakeReads>) => new Set(reads.map((read) => read.authorization))
    expect(tokens(lakeReads('drafts'))).toEqual(new Set([`Bearer ${readToken}`]))
    expect(tokens(lakeReads('published'))).toEqual(new Set([undefined]))

    await expectVisitorsSeePublished()

    const disabled = await fetch(`${server.baseUrl}/api/draft-mode/disable`, {
      headers: { cookie },
      redirect: 'manual',
    })
    expect(disabled.status).toBe(307)
    expect(new URL(disabled.headers.get('location') ?? '', server.baseUrl).pathname).toBe('/')
    expect(cookiesSet(disabled).get('__prerender_bypass')).toMatch(
      /^__prerender_bypass=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i,
    )
  })
})

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
