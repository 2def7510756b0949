// Reads drafts with the read token: server code only, never in a client bundle.
import 'server-only'

import { contentConfig } from '@bergslaget/content/config'
import { createDraftContentApi } from '@bergslaget/content/draft'
import { draftMode } from 'next/headers'

import { serverEnv } from '@/server-env'

/**
 * The content drafts are read from, or null when the site cannot preview: drafts exist only in a
 * hosted project, and reading them needs the server's Viewer token.
 */
export const draftContent = serverEnv.readToken
  ? createDraftContentApi(contentConfig(), serverEnv.readToken)
  : null

/**
 * Whether this request renders drafts. When the site cannot preview, draftMode() is not even asked,
 * so a build with the bundled dataset renders exactly as before. Where it is asked, Next answers
 * "off" during prerendering without making the page dynamic; a request carrying the draft-mode
 * cookie skips the prerendered page and renders fresh.
 */
export async function isDraftModeEnabled(): Promise<boolean> {
  if (!draftContent) return false
  return (await draftMode()).isEnabled
}
