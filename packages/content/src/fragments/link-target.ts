import { z } from 'zod'

import { isRoutableType, type RoutableType } from '../content-types'

import { articleSummaryProjection, articleSummarySchema } from './article-summary'
import { eventSummaryFields, eventSummarySchema } from './event-summary'
import { organisationSummaryFields, organisationSummarySchema } from './organisation-summary'
import { speakerSummaryFields, speakerSummarySchema } from './speaker-summary'
import { talkSummaryFields, talkSummarySchema } from './talk-summary'

/**
 * A document an editor linked to from rich text, projected with its type's summary: the link is shown
 * only when the target passes the same summary as every list that links to it, so a link never leads
 * to a page that does not exist.
 */
export const linkTargetProjection = /* groq */ `{
  _type,
  _type == "speaker" => {${speakerSummaryFields}},
  _type == "organisation" => {${organisationSummaryFields}},
  _type == "event" => {${eventSummaryFields}},
  _type == "talk" => {${talkSummaryFields}},
  _type == "article" => ${articleSummaryProjection}
}`

const summaries = {
  speaker: speakerSummarySchema,
  organisation: organisationSummarySchema,
  event: eventSummarySchema,
  talk: talkSummarySchema,
  article: articleSummarySchema,
} satisfies Record<RoutableType, z.ZodType>

export type LinkTarget = {
  [Type in RoutableType]: z.output<(typeof summaries)[Type]> & { _type: Type }
}[RoutableType]

/** A link target as its type's summary (and its `_type`, to build its path); anything else fails. */
export const linkTargetSchema = z.looseObject({ _type: z.string() }).transform((target, ctx) => {
  const type = target._type
  if (!isRoutableType(type)) {
    ctx.addIssue({ code: 'custom', path: ['_type'], message: `${type} has no page` })
    return z.NEVER
  }
  const parsed = summaries[type].safeParse(target)
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    return z.NEVER
  }
  return { ...parsed.data, _type: type } as LinkTarget
})
