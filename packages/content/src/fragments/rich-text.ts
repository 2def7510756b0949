import { z } from 'zod'

import { listOf } from '../validate'

/** Internal links carry the target's type and slugs, so the site can build the path without a second query. */
export const richTextProjection = /* groq */ `[]{
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => {
      "target": reference->{_type, "slug": slug.current, "eventSlug": event->slug.current}
    }
  }
}`

const span = z.looseObject({ _type: z.literal('span'), _key: z.string(), text: z.string().default('') })

const markDef = z.looseObject({ _type: z.string(), _key: z.string() })

const block = z.looseObject({
  _type: z.string(),
  _key: z.string(),
  children: z.array(span).optional(),
  markDefs: z.array(markDef).nullish(),
})

export const richTextSchema = listOf(block, 'rich text block')

export type RichText = z.output<typeof richTextSchema>
