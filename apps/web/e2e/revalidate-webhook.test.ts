import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { bundledDatasetPath, parseNdjson, type SanityDocument } from '@bergslaget/content/dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'
import { bioEditExample, webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import { buildHostedSite } from './support/hosted-build'
import { startServer, type RunningServer } from './support/server.mjs'

/**
 * The "done when": a speaker's bio edit reaches their page through the webhook. A hosted-mode
 * build of the site runs against a local Content Lake; the test edits the bio there, as a publish in
 * the Studio would, and posts what Sanity's webhook would post.
 */
const secret = 'e2e-webhook-secret-0123456789'
const oldBio = 'Göran Nyström är vice vd på Ovako.'
const newBio = 'Ny biografi, publicerad under e2e-testet.'

let lake: LocalContentLake
let server: RunningServer
let speaker: SanityDocument

beforeAll(async () => {
  lake = await startLocalContentLake('production', bundledDatasetPath)
  const env = {
    SANITY_PROJECT_ID: 'e2e',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_REVALIDATE_SECRET: secret,
  }
  const build = await buildHostedSite(process.env.E2E_WEB_ROOT as string, env)
  console.log(`e2e: hosted-mode next build took ${(build.buildMs / 1000).toFixed(1)} s`)
  server = await startServer({ webRoot: build.webRoot, env })
  const dataset = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  speaker = dataset.find((doc) => doc._id === bioEditExample.speakerId) as SanityDocument
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await lake?.close()
})

const page = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`)
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

test("a published bio edit reaches the speaker's page through the webhook, and only a valid signature does it", async () => {
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
  const expired = await encodeSignatureHeader(body, Date.now() - 10 * 60 * 1000, secret)
  expect((await postWebhook(body, expired)).status).toBe(401)
  expect(await page('/talare/goran-nystrom')).not.toContain(newBio)

  const signature = await encodeSignatureHeader(body, Date.now(), secret)
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
