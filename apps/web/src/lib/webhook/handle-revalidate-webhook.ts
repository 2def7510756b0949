// Holds the webhook's secret and revalidates the cache: server code only, never in a client bundle.
import 'server-only'

import { revalidateWebhookBodySchema, tagsToRevalidate } from '@bergslaget/content/revalidation'

import { readBodyWithin } from '@/lib/read-body'

import type { ReplayGuard } from './replay-guard'
import { signatureHeader, verifySignature } from './verify-signature'

/** Sanity's projection bodies are a few kilobytes; anything near this is not one. */
export const maxBodyBytes = 64 * 1024

export interface RevalidateWebhookOptions {
  /** The webhook's secret; null where none is configured (the bundled dataset has no webhook). */
  secret: string | null
  /** Next.js's revalidateTag in the route; the one outside effect, so tests can watch it. */
  revalidate: (tag: string) => void
  replayGuard: ReplayGuard
  /** Waits before revalidating, for the Content Lake's query index to show the change (see route.ts). */
  settle?: () => Promise<void>
  now?: () => number
}

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

/**
 * The Sanity webhook behind /api/revalidate: a published change refreshes the pages that show it.
 * Every refusal is a 4xx with a short message and an unexpected failure a 503 (Sanity retries it);
 * never a 500 or a stack trace.
 */
export async function handleRevalidateWebhook(
  request: Request,
  { secret, revalidate, replayGuard, settle, now = Date.now }: RevalidateWebhookOptions,
): Promise<Response> {
  // 503, not 404 or 500: the endpoint exists but this deployment is not set up for it; Sanity retries a
  // 503, so changes made before the secret was set still arrive once it is.
  if (!secret)
    return answer(503, { message: 'Revalidation is not configured (no SANITY_REVALIDATE_SECRET).' })

  let claimed: Uint8Array | null = null
  try {
    const body = await readBodyWithin(request, maxBodyBytes)
    if (!body) return answer(413, { message: `Body larger than ${maxBodyBytes} bytes.` })

    const time = now()
    const check = verifySignature({ header: request.headers.get(signatureHeader), body, secret, now: time })
    if (!check.valid) {
      return answer(401, { message: check.reason === 'stale' ? 'Signature expired.' : 'Invalid signature.' })
    }
    if (!replayGuard.claim(check.signature, check.timestamp, time)) {
      return answer(409, { message: 'This signature was already used.' })
    }
    claimed = check.signature

    let json: unknown
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    } catch {
      return answer(400, { message: 'Body is not JSON.' })
    }
    const parsed = revalidateWebhookBodySchema.safeParse(json)
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(body)'))]
      return answer(400, { message: `Body does not match the webhook projection (${fields.join(', ')}).` })
    }

    const tags = tagsToRevalidate(parsed.data)
    await settle?.()
    tags.forEach((tag) => revalidate(tag))
    return answer(200, { revalidated: true, tags })
  } catch (error) {
    if (claimed) replayGuard.release(claimed)
    console.error('[revalidate] webhook failed:', error)
    return answer(503, { message: 'Revalidation failed; try again.' })
  }
}
