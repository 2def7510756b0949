import { z } from 'zod'

import { listOf } from '../validate'
import { organisationSummaryProjection, organisationSummarySchema } from './organisation-summary'
import { speakerSummaryProjection, speakerSummarySchema } from './speaker-summary'

export const talkSpeakerRoles = ['speaker', 'moderator', 'host'] as const

/** A talk as a programme lists it: its place, its people and whom it concerns. */
export const programmeTalkFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  order,
  startsAt,
  endsAt,
  speakers[]{_key, role, "speaker": speaker->${speakerSummaryProjection}},
  "concerns": concerns[]->${organisationSummaryProjection}
`

export const programmeTalkProjection = /* groq */ `{${programmeTalkFields}}`

const talkSpeakerSchema = z.object({
  _key: z.string(),
  role: z.enum(talkSpeakerRoles),
  speaker: speakerSummarySchema,
})

export const programmeTalkSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  slug: z.string().min(1),
  order: z.number().int(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  speakers: listOf(talkSpeakerSchema, 'talk speaker'),
  concerns: listOf(organisationSummarySchema, 'organisation'),
})

export type ProgrammeTalk = z.output<typeof programmeTalkSchema>
