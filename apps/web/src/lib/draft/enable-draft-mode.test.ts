/** @jest-environment node */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { ContentConfig } from '@bergslaget/content/config'
import { startLocalContentLake, type LocalContentLake } from '@bergslaget/content/testing/local-content-lake'

import { createRequestScope, respond } from '@/testing/next-request-scope'

import { createEnableDraftModeHandler } from './enable-draft-mode'

// Only Next's request scope is replaced; the secret check (next-sanity, @sanity/preview-url-secret and
// @sanity/client) runs for real against a local Content Lake holding the secrets the Studio would write.
const mockScope = createRequestScope()
jest.mock('next/headers', () => ({
  draftMode: async () => mockScope.draft,
  cookies: async () => mockScope.cookieStore,
}))

const site = 'http://localhost:3000/api/draft-mode/enable'
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
const secretDocument = (id: string, secret: string, updatedAt: string) => ({
  _id: `sanity-preview-url-secret.${id}`,
  _type: 'sanity.previewUrlSecret',
  _updatedAt: updatedAt,
  secret,
  studioUrl: 'http://localhost:3333',
})

let datasetPath: string
let lake: LocalContentLake
let hosted: Extract<ContentConfig, { source: 'hosted' }>

beforeAll(async () => {
  datasetPath = join(await mkdtemp(join(tmpdir(), 'preview-secrets-')), 'dataset.ndjson')
  const documents = [
    secretDocument('fresh', 'fresh-secret', minutesAgo(2)),
    secretDocument('old', 'expired-secret', minutesAgo(90)),
  ]
  await writeFile(datasetPath, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  lake = await startLocalContentLake('production', datasetPath)
  hosted = {
    source: 'hosted',
    projectId: 'preview',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: lake.url,
  }
})
afterAll(() => lake.close())
beforeEach(() => {
  mockScope.draft.disable()
  mockScope.cookies.clear()
})

const handler = () => createEnableDraftModeHandler({ config: hosted, readToken: 'sk-viewer-token' })

async function expectRefused(response: Response, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers.get('location')).toBeNull()
  expect(await response.text()).not.toMatch(/Error|\n\s+at /)
  expect(mockScope.draft.isEnabled).toBe(false)
}

describe('preview refused without a valid secret', () => {
  it('answers 401 when no hosted project is configured', async () => {
    const from = lake.requests.length
    const GET = createEnableDraftModeHandler({ config: { source: 'embedded' }, readToken: 'sk-viewer-token' })
    await expectRefused(await respond(GET, `${site}?sanity-preview-secret=fresh-secret`), 401)
    expect(lake.requests.length).toBe(from)
  })

  it('answers 401 when the hosted project has no read token', async () => {
    const GET = createEnableDraftModeHandler({ config: hosted, readToken: null })
    await expectRefused(await respond(GET, `${site}?sanity-preview-secret=fresh-secret`), 401)
  })

  it('answers 401 without a secret', async () => {
    await expectRefused(await respond(handler(), `${site}?sanity-preview-pathname=/talare`), 401)
  })

  it('answers 401 for a wrong secret, checked with the token', async () => {
    const from = lake.requests.length
    await expectRefused(await respond(handler(), `${site}?sanity-preview-secret=guessed`), 401)
    expect(lake.requests.slice(from)).toEqual([expect.stringContaining('perspective=raw')])
    expect(lake.authorizations.slice(from)).toEqual(['Bearer sk-viewer-token'])
  })

  it('answers 401 for a secret older than an hour', async () => {
    await expectRefused(await respond(handler(), `${site}?sanity-preview-secret=expired-secret`), 401)
  })

  it('answers 503, without details, when the Content Lake cannot be reached', async () => {
    const gone = await startLocalContentLake('production', datasetPath)
    await gone.close()
    const GET = createEnableDraftModeHandler({
      config: { ...hosted, apiHost: gone.url },
      readToken: 'sk-viewer-token',
    })
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      await expectRefused(await respond(GET, `${site}?sanity-preview-secret=fresh-secret`), 503)
      expect(logged).toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })
})

describe('with a valid secret', () => {
  it('turns draft mode on and redirects to the requested page', async () => {
    const response = await respond(handler(), withPathname('/talare/anna-svensson'))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/talare/anna-svensson')
    expect(mockScope.draft.isEnabled).toBe(true)
    expect(mockScope.cookies.get('__prerender_bypass')).toMatchObject({ value: 'bypass-id' })
  })

  it('redirects to the start page when no page is named', async () => {
    const response = await respond(handler(), `${site}?sanity-preview-secret=fresh-secret`)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/')
  })

  // next-sanity resolves the page against a dummy origin and keeps its path: a URL on another host
  // loses its host. What is left to refuse is a path a browser would read as `//host`.
  it.each([
    ['//evil.example/x', '/x'],
    ['/\\evil.example', '/'],
    ['https://evil.example/nyheter', '/nyheter'],
  ])('keeps only the path of %s', async (pathname, location) => {
    const response = await respond(handler(), withPathname(pathname))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe(location)
  })

  it.each([
    '/.//evil.example/x',
    '/%2e//evil.example',
    '/./\\evil.example',
    'http://[',
    'javascript:alert(1)',
  ])('refuses %s, which names no page of this site', async (pathname) => {
    const from = lake.requests.length
    await expectRefused(await respond(handler(), withPathname(pathname)), 400)
    expect(lake.requests.length).toBe(from)
  })
})

function withPathname(pathname: string) {
  return `${site}?sanity-preview-secret=fresh-secret&sanity-preview-pathname=${encodeURIComponent(pathname)}`
}
