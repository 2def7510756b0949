import { z } from 'zod'

import { documentOf, listOf } from '../validate'
import { talkSpeakerRoles } from '../vocabularies'

import {
  organisationSummaryProjection,
  organisationSummarySchema,
  speakerSummaryProjection,
  speakerSummarySchema,
  talkSummaryFields,
  talkSummaryShape,
} from './summaries'

/** A talk as a programme lists it: its place, its people and whom it concerns. */
export const programmeTalkFields = /* groq */ `
  ${talkSummaryFields},
  startsAt,
  endsAt,
  speakers[]{_key, role, "speaker": speaker->${speakerSummaryProjection}},
  "concerns": concerns[]->${organisationSummaryProjection}
`

export const programmeTalkProjection = /* groq */ `{${programmeTalkFields}}`

const talkSpeakerSchema = z.object({
  _key: z.string(),
  role: z.enum(talkSpeakerRoles.values),
  speaker: speakerSummarySchema,
})

// The times are details: a talk with a broken time is listed and has its page, without the time.
export const programmeTalkShape = {
  ...talkSummaryShape,
  startsAt: documentOf(z.iso.datetime(), 'start time'),
  endsAt: documentOf(z.iso.datetime(), 'end time'),
  speakers: listOf(talkSpeakerSchema, 'talk speaker'),
  concerns: listOf(organisationSummarySchema, 'organisation'),
}

export const programmeTalkSchema = z.object(programmeTalkShape)

export type ProgrammeTalk = z.output<typeof programmeTalkSchema>
