import { evaluate, parse } from 'groq-js'

import { revalidateWebhookProjection } from '../cache-tags-webhook'
import type { SanityDocument } from '../source/load-dataset'

/**
 * The body Sanity's webhook would send for a change: its projection run in GROQ's delta mode, over the
 * dataset as it is after the change, with the document before and after it (null when created or
 * deleted). For tests of the revalidation path without a Content Lake.
 */
export async function webhookPayload({
  dataset,
  before,
  after,
}: {
  dataset: SanityDocument[]
  before: SanityDocument | null
  after: SanityDocument | null
}): Promise<unknown> {
  const tree = parse(revalidateWebhookProjection, { mode: 'delta' })
  const value = await evaluate(tree, { dataset, before, after, root: after ?? before })
  return value.get()
}

const seminar = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

/**
 * The running example of the revalidation tests (here, in the web route's and end to end): Göran
 * Nyström's bio rewritten, and the tags of the pages that show him: his page, /talare, his talk and
 * its event, the article that names him, and his organisation's page (which lists its people).
 */
export const bioEditExample = {
  speakerId: 'speaker-goran-nystrom',
  withBio: (speaker: SanityDocument, text: string): SanityDocument => ({
    ...speaker,
    bio: [
      {
        _type: 'block',
        _key: 'edit',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's', text }],
      },
    ],
  }),
  tags: [
    `article:${seminar}`,
    `event:${seminar}`,
    'list:speaker',
    'organisation:ovako',
    'speaker:goran-nystrom',
    `talk:${seminar}/ovakos-vatgassatsning-i-hofors`,
  ],
}
