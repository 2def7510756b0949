import { revalidateTag } from 'next/cache'

import { handleRevalidateWebhook } from '@/lib/webhook/handle-revalidate-webhook'
import { createReplayGuard } from '@/lib/webhook/replay-guard'
import { serverEnv } from '@/server-env'

// One guard per server process (see replay-guard.ts for what that does not cover).
const replayGuard = createReplayGuard()

/**
 * Sanity sends the webhook once the change is committed, but its query API may answer from before the
 * change for a moment longer; a page rendered in that moment would be stored with the old content until
 * the next change. next-sanity's own webhook helper waits 3 s for the same reason.
 */
const contentLakeSettleMs = 3000

/**
 * Sanity's webhook: POST only (Next.js answers 405 to other methods). `expire: 0` rather than 'max':
 * an editor who publishes and reloads the page must see the change, and with 'max' the first visit
 * after a publish is still served the old page while the new one renders. The next visit to a tagged
 * page waits for one render instead, which on this site is a few queries.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidateWebhook(request, {
    secret: serverEnv.revalidateSecret,
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
    replayGuard,
    settle: () => new Promise((resolve) => setTimeout(resolve, contentLakeSettleMs)),
  })
}
