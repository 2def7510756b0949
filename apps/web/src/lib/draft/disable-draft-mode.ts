// Changes the draft-mode cookie: server code only, never in a client bundle.
import 'server-only'

import { draftMode } from 'next/headers'

import { returnToField } from '@/components/preview-banner/leave-preview-request'
import { readBodyWithin } from '@/lib/read-body'
import { isSameOriginRequest } from '@/lib/same-origin-request'

import { sameSitePath } from './preview-path'
import { textResponse } from './text-response'

/** The banner's form sends one path; a body many times that size is not from it. */
const maxFormBytes = 4 * 1024

/**
 * Leaves preview: the banner's form posts here, and the answer, 303 See Other, takes the browser back
 * to the page the editor was on (the form names it; a name that is no page of this site gives the start
 * page), now as visitors see it. A plain form, so it works without JavaScript.
 *
 * Not a GET, and not from another site: a link or an image anywhere could otherwise take an editor out
 * of preview. A POST from another site is refused with 403, by what the browser says of where it comes
 * from (same-origin-request.ts).
 */
export async function disableDraftMode(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return textResponse(403, 'Förhandsgranskningen kan bara lämnas med knappen på webbplatsen.')
  }
  const body = await readBodyWithin(request, maxFormBytes)
  if (!body) return textResponse(413, 'Formuläret är för stort.')
  // A body that is no form names no page, and leads to the start page like a form without one.
  const requested = new URLSearchParams(new TextDecoder().decode(body)).get(returnToField)
  const location = sameSitePath(requested ?? '/') ?? '/'

  const draft = await draftMode()
  draft.disable()
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}

/** Every other method: 405 with the Allow header HTTP asks for, which Next's own 405 leaves out. */
export function refuseMethod(): Response {
  return textResponse(405, 'Lämna förhandsgranskningen med knappen på webbplatsen.', { allow: 'POST' })
}
