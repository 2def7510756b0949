import { z } from 'zod'

import { documentOf, listOf } from '../validate'

import { linkTargetProjection, linkTargetSchema } from './summaries'

/** Internal links carry their target's summary, so the site can build the path without a second query. */
export const richTextProjection = /* groq */ `[]{
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => {
      "target": reference->${linkTargetProjection}
    }
  }
}`

const span = z.looseObject({ _type: z.literal('span'), _key: z.string(), text: z.string().default('') })

// A target that is deleted (null) or has no page (invalid, logged) leaves the linked text unlinked.
const markDef = z.looseObject({
  _type: z.string(),
  _key: z.string(),
  target: documentOf(linkTargetSchema, 'link target').optional(),
})

const block = z.looseObject({
  _type: z.string(),
  _key: z.string(),
  children: z.array(span).optional(),
  markDefs: z.array(markDef).nullish(),
})

export const richTextSchema = listOf(block, 'rich text block')

export type RichText = z.output<typeof richTextSchema>
