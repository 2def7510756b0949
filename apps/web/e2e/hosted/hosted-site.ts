import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { bundledDatasetPath, parseNdjson, type SanityDocument } from '@bergslaget/content/dataset'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'
import { bioEditExample } from '@bergslaget/content/testing/webhook-payload'

import { checkoutCopy, readmeProductionCommand, startDeployed } from '../support/deployed-site'
import { startFramingPage, type FramingPage } from '../support/framing-page'
import { freePort } from '../support/server.mjs'

/** The site in hosted mode as the tests in this folder use it (see hosted-mode.test.ts). */
export interface HostedSite {
  baseUrl: string
  /** The checkout's apps/web, whose build the site serves. */
  webRoot: string
  lake: LocalContentLake
  webhookSecret: string
  readToken: string
  /** The Studio's stand-in: the origin the build names in SANITY_STUDIO_URL, framing the site. */
  studio: FramingPage
  /** A page of an origin that is not the Studio's, framing the site. */
  stranger: FramingPage
  /** Stores a preview secret as the Studio does before it opens draft preview (valid for an hour). */
  grantPreview(secret: string): void
  /** A document as the bundled dataset has it, before any test changed it. */
  published(id: string): SanityDocument
  /** The page's HTML, failing unless it answers 200 (with `cookie`, as a browser holding it). */
  page(path: string, cookie?: string): Promise<string>
  postWebhook(body: string, signature: string): Promise<{ status: number; json: { tags?: string[] } }>
}

/** The unpublished edit the lake holds from the start (preview-tests.ts shows it to the editor only). */
export const draftExample = {
  speakerId: 'speaker-kjell-johansson',
  path: '/talare/kjell-johansson',
  publishedName: 'Kjell Johansson',
  publishedBio: 'Kjell Johansson är vd för Entré Hofors.',
  draftName: 'Kjell Utkastsson',
  draftBio: 'Utkast: en biografi som ännu inte är publicerad.',
}

/**
 * The README's production command (`npm start`: turbo, next build, server.mjs) in a copy of the
 * repository, with the README's variables in the environment and the Content Lake replaced by a local
 * one (SANITY_API_HOST). The lake holds a draft from the start, as a real dataset does while an editor
 * works, so the build itself must leave it out.
 */
export async function startHostedSite(): Promise<{ site: HostedSite; stop: () => Promise<void> }> {
  const webhookSecret = 'e2e-webhook-secret-0123456789'
  const readToken = 'e2e-viewer-token'
  const lake = await startLocalContentLake('production', bundledDatasetPath)
  const dataset = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  const published = (id: string) => dataset.find((doc) => doc._id === id) as SanityDocument
  // The lake stores by id: a `drafts.` id is an unpublished edit, as the Studio saves one.
  lake.publish({
    ...bioEditExample.withBio(published(draftExample.speakerId), draftExample.draftBio),
    _id: `drafts.${draftExample.speakerId}`,
    name: draftExample.draftName,
  })

  const [studio, stranger] = await Promise.all([startFramingPage(), startFramingPage()])

  const repoRoot = join(process.env.E2E_WEB_ROOT as string, '..', '..')
  const { command, variables } = readmeProductionCommand(repoRoot)
  const port = String(await freePort())
  const env: Record<string, string> = {
    SANITY_PROJECT_ID: 'e2e',
    SANITY_DATASET: 'production',
    SITE_URL: `http://localhost:${port}`,
    PORT: port,
    SANITY_STUDIO_URL: studio.origin,
    SANITY_REVALIDATE_SECRET: webhookSecret,
    SANITY_API_READ_TOKEN: readToken,
  }
  // Exactly the README's variables, with test values; plus where the (local) Content Lake answers.
  expect(Object.keys(env).sort()).toEqual([...variables].sort())
  const started = performance.now()
  const checkout = checkoutCopy(repoRoot, 'e2e-deployed')
  const server = await startDeployed(checkout, command, {
    ...env,
    SANITY_API_HOST: lake.url,
  })
  console.log(
    `e2e: \`${command.join(' ')}\` (hosted) answered after ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )

  const { baseUrl } = server
  const site: HostedSite = {
    baseUrl,
    webRoot: join(checkout, 'apps/web'),
    lake,
    webhookSecret,
    readToken,
    studio,
    stranger,
    grantPreview(secret) {
      const now = new Date().toISOString()
      lake.publish({
        _id: `sanity-preview-url-secret.${secret}`,
        _type: 'sanity.previewUrlSecret',
        _createdAt: now,
        _updatedAt: now,
        _rev: 'e2e',
        secret,
        studioUrl: studio.origin,
      })
    },
    published,
    async page(path, cookie) {
      const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} })
      expect(response.status).toBe(200)
      return response.text()
    },
    async postWebhook(body, signature) {
      const response = await fetch(`${baseUrl}/api/revalidate`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature },
      })
      return { status: response.status, json: (await response.json()) as { tags?: string[] } }
    },
  }
  return {
    site,
    stop: async () => {
      await server.stop()
      await Promise.all([lake.close(), studio.close(), stranger.close()])
    },
  }
}

/**
 * The hosted site for the test file that calls this: started once before its tests (after `prepare`
 * has run on it) and stopped after them. Returns the site for the tests to use.
 */
export function hostedSiteForTests(prepare?: (site: HostedSite) => void): () => HostedSite {
  let hosted: Awaited<ReturnType<typeof startHostedSite>> | undefined
  beforeAll(async () => {
    hosted = await startHostedSite()
    prepare?.(hosted.site)
  }, 600_000)
  afterAll(async () => {
    await hosted?.stop()
  })
  return () => {
    if (!hosted) throw new Error('the hosted site did not start')
    return hosted.site
  }
}
