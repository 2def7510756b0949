import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { bundledDatasetPath, parseNdjson, type SanityDocument } from '@bergslaget/content/dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'
import { bioEditExample, webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import { axeViolations } from './support/axe'
import { launchChromium } from './support/chromium.mjs'
import { checkoutCopy, readmeProductionCommand, startDeployed } from './support/deployed-site'
import { newSeminar, publisher, renamed, secondsUntil } from './support/publishing'
import { freePort, type RunningServer } from './support/server.mjs'

/**
 * The site in hosted mode, as deployed: the README's production command (`npm start`: turbo, next
 * build, next start) in a copy of the repository, with the README's variables in the environment and
 * the Content Lake replaced by a local one (SANITY_API_HOST). One build, shared by every test here (a
 * second would cost a minute); they run in order and build on each other. The lake holds a draft from
 * the start, as a real dataset does while an editor works, so the build itself must leave it out. The
 * webhook test publishes Göran Nyström's bio, the preview test drafts Kjell Johansson, the publishing
 * tests add a seminar of their own and take it away again.
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
  const repoRoot = join(process.env.E2E_WEB_ROOT as string, '..', '..')
  const { command, variables } = readmeProductionCommand(repoRoot)
  const port = String(await freePort())
  const env: Record<string, string> = {
    SANITY_PROJECT_ID: 'e2e',
    SANITY_DATASET: 'production',
    SITE_URL: `http://localhost:${port}`,
    PORT: port,
    SANITY_REVALIDATE_SECRET: webhookSecret,
    SANITY_API_READ_TOKEN: readToken,
  }
  // Exactly the README's variables, with test values; plus where the (local) Content Lake answers.
  expect(Object.keys(env).sort()).toEqual([...variables].sort())
  const started = performance.now()
  server = await startDeployed(checkoutCopy(repoRoot, 'e2e-deployed'), command, {
    ...env,
    SANITY_API_HOST: lake.url,
  })
  console.log(
    `e2e: \`${command.join(' ')}\` (hosted) answered after ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}, 600_000)

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
 * The issue's "done when": a speaker's bio edit reaches their page through the webhook. The test edits
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

    // A document never published yet: the editor previews its page; for visitors it does not exist.
    lake.publish({
      ...published(draftSpeakerId),
      _id: 'drafts.speaker-e2e-utkast',
      name: 'Ulla Utkast',
      slug: { _type: 'slug', current: 'ulla-utkast' },
    })
    expect(await page('/talare/ulla-utkast', cookie)).toContain('Ulla Utkast')
    expect((await fetch(`${server.baseUrl}/talare/ulla-utkast`)).status).toBe(404)

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

/**
 * Every publish action an editor has, each reaching visitors through one webhook and no deploy: the
 * document's own page and every list and page that links to it. Each wait is measured from the moment
 * the webhook is sent (it includes the route's 3 s wait for the Content Lake to settle).
 */
describe('publish actions, as a visitor sees them', () => {
  const timings: [string, number][] = []
  let edit: ReturnType<typeof publisher>
  beforeAll(() => {
    edit = publisher(lake, server.baseUrl, webhookSecret)
  })
  afterAll(() => {
    console.log(
      `e2e: seconds from webhook to the changed page:\n${timings.map(([what, s]) => `  ${s.toFixed(1)}  ${what}`).join('\n')}`,
    )
  })

  const status = async (path: string) =>
    (await fetch(`${server.baseUrl}${path}`, { redirect: 'manual' })).status
  /** Sends the webhook of `change` and waits until every page check holds, timing the first. */
  async function published(
    what: string,
    change: () => Promise<{ status: number }>,
    checks: [string, (page: { status: number; html: string; location: string | null }) => boolean][],
  ) {
    const start = performance.now()
    expect((await change()).status).toBe(200)
    for (const [index, [path, check]] of checks.entries()) {
      const seconds = await secondsUntil(server.baseUrl, path, check, start)
      if (index === 0) timings.push([what, seconds])
    }
  }
  const shows = (text: string) => (page: { status: number; html: string }) =>
    page.status === 200 && page.html.includes(text)
  const lacks = (text: string) => (page: { status: number; html: string }) =>
    page.status === 200 && !page.html.includes(text)
  const gone = (page: { status: number; html: string }) =>
    page.status === 404 && page.html.includes('Sidan finns inte')
  const redirectsTo = (path: string) => (page: { status: number; location: string | null }) =>
    page.status === 308 && page.location === path

  const { event, speaker, talk, article } = newSeminar
  const eventPath = '/evenemang/framtidsdag-i-bergslagen'
  const talkPath = `${eventPath}/vatgas-i-praktiken`
  const speakerPath = '/talare/nora-nyberg'
  const articlePath = '/nyheter/rapport-fran-framtidsdagen'

  test('create: each new document gets its page and joins every list, even where a visitor asked too early', async () => {
    // Asked for before it exists (a shared link, a guess): a 404, which must not outlive the publish.
    for (const path of [eventPath, speakerPath, talkPath, articlePath]) expect(await status(path)).toBe(404)

    await published('new event: its page', () => edit.publish(event), [
      [eventPath, shows('Framtidsdag i Bergslagen')],
      ['/evenemang', shows(`href="${eventPath}"`)],
      ['/', shows(`href="${eventPath}"`)],
      ['/organisationer/intresseforeningen-bergslaget', shows(`href="${eventPath}"`)],
    ])
    await published('new speaker: their page', () => edit.publish(speaker), [
      [speakerPath, shows('Nora Nyberg')],
      ['/talare', shows(`href="${speakerPath}"`)],
      ['/organisationer/ovako', shows(`href="${speakerPath}"`)],
    ])
    await published('new talk: its page', () => edit.publish(talk), [
      [talkPath, shows('Vätgas i praktiken')],
      [eventPath, shows(`href="${talkPath}"`)],
      [speakerPath, shows(`href="${talkPath}"`)],
    ])
    await published('new report: its page', () => edit.publish(article), [
      [articlePath, shows('Rapport från Framtidsdagen')],
      ['/nyheter', shows(`href="${articlePath}"`)],
      ['/nyheter/typ/seminarierapport', shows(`href="${articlePath}"`)],
      ['/', shows(`href="${articlePath}"`)],
      [eventPath, shows(`href="${articlePath}"`)],
    ])
  })

  test('rename: the new address works and the old one redirects permanently, for a talk under a renamed event too', async () => {
    const renamedSpeaker = renamed(speaker, 'nora-nyberg-lind')
    await published('renamed speaker: the new address', () => edit.publish(renamedSpeaker), [
      ['/talare/nora-nyberg-lind', shows('Nora Nyberg')],
      [speakerPath, redirectsTo('/talare/nora-nyberg-lind')],
      ['/talare', shows('href="/talare/nora-nyberg-lind"')],
      [talkPath, shows('href="/talare/nora-nyberg-lind"')],
    ])
    const newEventPath = '/evenemang/framtidsdagen-2031'
    const newTalkPath = `${newEventPath}/vatgas-i-praktiken`
    await published(
      'renamed event: the new address',
      () => edit.publish(renamed(event, 'framtidsdagen-2031')),
      [
        [newEventPath, shows('Framtidsdag i Bergslagen')],
        [eventPath, redirectsTo(newEventPath)],
        [talkPath, redirectsTo(newTalkPath)],
        [newTalkPath, shows('Vätgas i praktiken')],
        ['/evenemang', shows(`href="${newEventPath}"`)],
        ['/talare/nora-nyberg-lind', shows(`href="${newTalkPath}"`)],
      ],
    )
  })

  test('unpublish: the page answers the Swedish 404 and the document leaves every list', async () => {
    await published('unpublished report: its 404', () => edit.remove(article._id), [
      [articlePath, gone],
      ['/nyheter', lacks(articlePath)],
      ['/', lacks(articlePath)],
      ['/evenemang/framtidsdagen-2031', lacks(articlePath)],
    ])
  })

  test('delete: the talk, then its speaker, leave their pages and every list', async () => {
    const newTalkPath = '/evenemang/framtidsdagen-2031/vatgas-i-praktiken'
    await published('deleted talk: its 404', () => edit.remove(talk._id), [
      [newTalkPath, gone],
      ['/evenemang/framtidsdagen-2031', lacks(newTalkPath)],
      ['/talare/nora-nyberg-lind', lacks(newTalkPath)],
    ])
    await published('deleted speaker: their 404', () => edit.remove(speaker._id), [
      ['/talare/nora-nyberg-lind', gone],
      // Its old address goes with it: no redirect into a 404.
      [speakerPath, gone],
      ['/talare', lacks('nora-nyberg')],
      ['/organisationer/ovako', lacks('nora-nyberg')],
    ])
  })
})

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
    const before = new Map<string, string | undefined>()
    for (const path of seen) before.set(path, h1(await page(path)))
    const speaker = lake.documents().find((doc) => doc._id === 'speaker-jan-bohman') as SanityDocument
    const body = JSON.stringify(
      await webhookPayload({
        dataset: lake.documents(),
        before: speaker,
        after: { ...speaker, name: 'Jan Bohman (ny)' },
      }),
    )
    await lake.close()

    for (const path of seen)
      expect({ path, h1: h1(await page(path)) }).toEqual({ path, h1: before.get(path) })

    const signature = await encodeSignatureHeader(body, Date.now(), webhookSecret)
    expect((await postWebhook(body, signature)).status).toBe(200)
    // Next answers a failed render with an error shell and lets the browser render error.tsx from the
    // page's data, so the visitor's view is read in a browser, as a visitor gets it.
    const browser = await launchChromium()
    try {
      const tab = await browser.newPage()
      const response = await tab.goto(`${server.baseUrl}/talare/jan-bohman`)
      expect(response?.status()).toBe(500)
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
