import { createHmac } from 'node:crypto'

import { bioEditExample, webhookPayload } from '@bergslaget/content/testing/webhook-payload'
import { encodeSignatureHeader } from '@sanity/webhook'

import type { HostedSite } from './hosted-site'

export function webhookTests(site: () => HostedSite) {
  /**
   * The "done when": a speaker's bio edit reaches their page through the webhook. The test edits
   * the bio in the lake, as a publish in the Studio would, and posts what Sanity's webhook would post.
   */
  describe('publishing through the webhook', () => {
    const oldBio = 'Göran Nyström är vice vd på Ovako.'
    const newBio = 'Ny biografi, publicerad under e2e-testet.'

    test("a published bio edit reaches the speaker's page through the webhook, and only a valid signature does it", async () => {
      const speaker = site().published(bioEditExample.speakerId)
      expect(await site().page('/talare/goran-nystrom')).toContain(oldBio)

      const edited = bioEditExample.withBio(speaker, newBio)
      site().lake.publish(edited)
      const body = JSON.stringify(
        await webhookPayload({ dataset: site().lake.documents(), before: speaker, after: edited }),
      )

      // Served from the cache: without the webhook the page does not change (so the test below means something).
      expect(await site().page('/talare/goran-nystrom')).not.toContain(newBio)

      const forged = createHmac('sha256', 'not-the-secret')
        .update(`${Date.now()}.${body}`)
        .digest('base64url')
      expect((await site().postWebhook(body, `t=${Date.now()},v1=${forged}`)).status).toBe(401)
      const expired = await encodeSignatureHeader(body, Date.now() - 10 * 60 * 1000, site().webhookSecret)
      expect((await site().postWebhook(body, expired)).status).toBe(401)
      expect(await site().page('/talare/goran-nystrom')).not.toContain(newBio)

      const signature = await encodeSignatureHeader(body, Date.now(), site().webhookSecret)
      const accepted = await site().postWebhook(body, signature)
      expect(accepted.status).toBe(200)
      expect(accepted.json.tags).toEqual(bioEditExample.tags)

      // An unrelated page is still served from the cache: no query reaches the Content Lake for it.
      const queriesBefore = site().lake.requests.length
      expect(await site().page('/talare/jan-bohman')).toContain('Jan Bohman')
      expect(site().lake.requests.length).toBe(queriesBefore)

      const updated = await site().page('/talare/goran-nystrom')
      expect(updated).toContain(newBio)
      expect(updated).not.toContain(oldBio)
      expect(site().lake.requests.length).toBeGreaterThan(queriesBefore)

      expect((await site().postWebhook(body, signature)).status).toBe(409)
      expect((await fetch(`${site().baseUrl}/api/revalidate`)).status).toBe(405)
    })
  })
}
