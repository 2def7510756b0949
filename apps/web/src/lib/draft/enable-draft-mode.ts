// Checks preview secrets with the read token: server code only, never in a client bundle.
import 'server-only'

import type { ContentConfig } from '@bergslaget/content/config'
import { createPreviewSecretClient } from '@bergslaget/content/draft'
import { unstable_rethrow } from 'next/navigation'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'

import { isSameSitePreviewPath } from './preview-path'
import { textResponse } from './text-response'

export interface EnableDraftModeOptions {
  config: ContentConfig
  readToken: string | null
}

/**
 * The handler behind /api/draft-mode/enable, which the Presentation tool opens with a secret it has
 * just written to the dataset. next-sanity checks that secret (a private document, younger than an
 * hour), turns draft mode on, sets the cookies a cross-site iframe needs and redirects to the page.
 * Around it: a site that cannot preview refuses at once, a page on another host is refused before
 * anything is checked, and a Content Lake that does not answer gives a short message, not a stack.
 */
export function createEnableDraftModeHandler({ config, readToken }: EnableDraftModeOptions) {
  const client = readToken ? createPreviewSecretClient(config, readToken) : null
  const enable = client ? defineEnableDraftMode({ client }).GET : null

  return async function GET(request: Request): Promise<Response> {
    if (!enable) return textResponse(401, 'Förhandsgranskning är inte aktiverad på den här webbplatsen.')
    if (!isSameSitePreviewPath(request.url))
      return textResponse(400, 'Sidan finns inte på den här webbplatsen.')
    try {
      const response = await enable(request)
      return response.status === 401
        ? textResponse(401, 'Ogiltig eller utgången förhandsgranskningslänk.')
        : response
    } catch (error) {
      // enable() ends in next/navigation's redirect(), thrown for Next to turn into a 307 with the cookies.
      unstable_rethrow(error)
      console.error('Draft mode: the preview secret could not be checked', error)
      return textResponse(
        503,
        'Förhandsgranskningen kunde inte kontrolleras just nu. Försök igen om en stund.',
      )
    }
  }
}
