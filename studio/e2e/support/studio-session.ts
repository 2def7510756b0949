import { readFileSync } from 'node:fs'

import { bundledDatasetPath, parseNdjson } from '@bergslaget/content/dataset'
import type { Page, WebSocketRoute } from 'playwright-core'

import { launchChromium } from '../../../apps/web/e2e/support/chromium.mjs'
import { studioEnv } from '../../src/env'

import { serveBuiltStudio } from './built-studio'
import { startSanityApi, type SanityApi } from './sanity-api'

/** What an editor pastes to sign in: long enough to be taken for a token (Sanity wants 32+ characters). */
export const editorToken = 'sk-e2e-editor-4c1f0b8e2a9d47f6b3e5a1c7d9f2e8b0'

export interface StudioSession {
  api: SanityApi
  studioUrl: string
  page: Page
  /** Errors the Studio logged in the browser console or threw, for the test to assert on. */
  errors: string[]
  close(): Promise<void>
}

/**
 * The built Studio in Chromium with its API answered by the stand-in, over the bundled dataset: the
 * projectId and dataset are the build's own (studio/src/env.ts), as a deployed Studio's are.
 */
export async function openStudio(): Promise<StudioSession> {
  const api = await startSanityApi({
    ...studioEnv,
    token: editorToken,
    documents: parseNdjson(readFileSync(bundledDatasetPath, 'utf8'), bundledDatasetPath),
  })
  const studio = await serveBuiltStudio()
  const browser = await launchChromium({
    hostMap: { '*.api.sanity.io': api.address, 'api.sanity.io': api.address },
  })
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  })
  await context.routeWebSocket(/\.api\.sanity\.io\/v[^/]+\/socket\//, answerPresence)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    api,
    studioUrl: studio.url,
    page,
    errors,
    close: async () => {
      await browser.close()
      await studio.close()
      await api.close()
    },
  }
}

/**
 * The Studio's presence socket ("bifur": JSON-RPC over a WebSocket, which a browser opens without an
 * Authorization header, so the token comes as its first call). Answered here, as the only editor:
 * the token is checked, subscriptions get an id and no other editors, calls succeed.
 */
function answerPresence(socket: WebSocketRoute) {
  let subscriptions = 0
  socket.onMessage((message) => {
    const { id, method, params } = JSON.parse(String(message)) as {
      id?: string
      method: string
      params?: { authorization?: string }
    }
    if (id === undefined) return
    const reply = (body: object) => socket.send(JSON.stringify({ jsonrpc: '2.0', id, ...body }))
    if (method === 'authorization') {
      return params?.authorization === `Bearer ${editorToken}`
        ? reply({ result: true })
        : reply({ error: { code: 401, message: 'Unauthorized' } })
    }
    reply({ result: method.endsWith('_subscribe') ? `subscription-${++subscriptions}` : null })
  })
}
