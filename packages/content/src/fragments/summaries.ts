import { z } from 'zod'

import { isRoutableType, type RoutableType } from '../content-types'
import { documentOf, listOf } from '../validate'
import { articleKinds, eventKinds, eventStatuses, organisationKinds } from '../vocabularies'

import { withEventDate } from './event-date'
import { routableSlug } from './slug'

// Each type's summary: what it takes to have a page and to be linked to. Every list shows a document
// through its summary, the pages that exist are the ones their list shows, and a rich-text link or a
// redirect reads its target through the same summary (the link target below), so a link never leads
// to a page that does not exist. They live together so that a type's summary is where the link target
// asks for it. Each has its fields alone (for a page query that adds its own), its projection and its
// shape (for a page schema that adds its own).
//
// A type whose list is split into pages also has a listing: its summary without the details a summary
// may drop (a speaker's affiliations, a city, a venue). A list reads every document's listing to order,
// group and count its pages, then the summaries of one page's entries; the summary is its listing plus
// details, so a document listed has a summary that passes, and the pages that exist stay those listed.

/** Organisations are grouped by kind in lists; the city is a detail that may be dropped. */
const organisationListingFields = /* groq */ `_id, name, "slug": slug.current, kind`

export const organisationListingProjection = /* groq */ `{${organisationListingFields}}`

const organisationListingShape = {
  _id: z.string(),
  name: z.string().min(1),
  slug: routableSlug('organisation'),
  kind: z.enum(organisationKinds.values),
}

export const organisationListingSchema = z.object(organisationListingShape)

export type OrganisationListing = z.output<typeof organisationListingSchema>

export const organisationSummaryFields = /* groq */ `${organisationListingFields}, city`

export const organisationSummaryProjection = /* groq */ `{${organisationSummaryFields}}`

export const organisationSummaryShape = {
  ...organisationListingShape,
  city: documentOf(z.string(), 'city'),
}

export const organisationSummarySchema = z.object(organisationSummaryShape)

export type OrganisationSummary = z.output<typeof organisationSummarySchema>

/** A speakers list is ordered and grouped by name. */
const speakerListingFields = /* groq */ `_id, name, "slug": slug.current`

export const speakerListingProjection = /* groq */ `{${speakerListingFields}}`

const speakerListingShape = {
  _id: z.string(),
  name: z.string().min(1),
  slug: routableSlug('speaker'),
}

export const speakerListingSchema = z.object(speakerListingShape)

/** The affiliations shown beside a speaker's name are dropped one by one, never the speaker. */
export const speakerSummaryFields = /* groq */ `
  ${speakerListingFields},
  affiliations[]{_key, role, "organisation": organisation->${organisationSummaryProjection}}
`

export const speakerSummaryProjection = /* groq */ `{${speakerSummaryFields}}`

const affiliationSchema = z.object({
  _key: z.string(),
  role: z.string().min(1),
  organisation: organisationSummarySchema,
})

export const speakerSummaryShape = {
  ...speakerListingShape,
  affiliations: listOf(affiliationSchema, 'affiliation'),
}

export const speakerSummarySchema = z.object(speakerSummaryShape)

export type SpeakerSummary = z.output<typeof speakerSummarySchema>

/**
 * Every event card shows what kind of event it is, whether it was cancelled and when it is
 * (withEventDate), so those are part of an event's listing, by whose date the events list is ordered
 * and grouped; the venue (where, and its address for the event's page) is a detail that may be dropped.
 */
export const eventListingFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  kind,
  status,
  dateMode,
  startsAt,
  endsAt,
  year,
  month
`

export const eventListingShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('event'),
  kind: z.enum(eventKinds.values),
  status: z.enum(eventStatuses.values),
}

export const eventSummaryFields = /* groq */ `
  ${eventListingFields},
  venue{name, street, city, location{lat, lng}}
`

export const eventSummaryProjection = /* groq */ `{${eventSummaryFields}}`

/** A map position needs both coordinates; the Studio's geopoint may lack either. */
const positionSchema = z
  .object({ lat: z.number().nullable(), lng: z.number().nullable() })
  .transform(({ lat, lng }) => (lat === null || lng === null ? null : { lat, lng }))

const venueSchema = z.object({
  name: z.string().nullable(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  location: positionSchema.nullable(),
})

export const eventSummaryShape = {
  ...eventListingShape,
  venue: documentOf(venueSchema, 'venue'),
}

export const eventSummarySchema = withEventDate(eventSummaryShape)

export type EventSummary = z.output<typeof eventSummarySchema>

/**
 * A talk's page lives under its event's and names it, so a talk whose event has no page has none
 * either; its position in the programme is what the talk page and the programme are built on.
 */
export const talkSummaryFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  order,
  "event": event->${eventSummaryProjection}
`

export const talkSummaryProjection = /* groq */ `{${talkSummaryFields}}`

export const talkSummaryShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('talk'),
  order: z.number().int(),
  event: eventSummarySchema,
}

export const talkSummarySchema = z.object(talkSummaryShape)

export type TalkSummary = z.output<typeof talkSummarySchema>

/** Archive articles may know only their year; they sort as the start of that year. */
export const articleSortKey = /* groq */ `coalesce(publishedAt, string(publishedYear))`

/** The archive is filtered by kind and ordered by date, so both are part of an article's listing. */
export const articleListingFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  kind,
  publishedAt,
  publishedYear
`

export const articleListingShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('article'),
  kind: z.enum(articleKinds.values),
  publishedAt: z.iso.datetime().nullable(),
  publishedYear: z.number().int().nullable(),
}

/** The excerpt is a detail. */
export const articleSummaryFields = /* groq */ `${articleListingFields}, excerpt`

export const articleSummaryProjection = /* groq */ `{${articleSummaryFields}}`

export const articleSummaryShape = {
  ...articleListingShape,
  excerpt: documentOf(z.string(), 'excerpt'),
}

type Published = { publishedAt: string | null; publishedYear: number | null }

/** An article-shaped result: it must say when the article was published, by day or by year. */
export function withPublication<Shape extends typeof articleListingShape>(shape: Shape) {
  return z.object(shape).refine(
    (article) => {
      const { publishedAt, publishedYear } = article as Published
      return publishedAt !== null || publishedYear !== null
    },
    { message: 'needs publishedAt or publishedYear' },
  )
}

export const articleSummarySchema = withPublication(articleSummaryShape)

export type ArticleSummary = z.output<typeof articleSummarySchema>

/** A page editors own is linked to by its title. */
export const infoPageSummaryFields = /* groq */ `_id, title, "slug": slug.current`

export const infoPageSummaryProjection = /* groq */ `{${infoPageSummaryFields}}`

export const infoPageSummaryShape = {
  _id: z.string(),
  title: z.string().min(1),
  slug: routableSlug('infoPage'),
}

export const infoPageSummarySchema = z.object(infoPageSummaryShape)

/** A document an editor linked to from rich text (or an old address leads to), as its type's summary. */
export const linkTargetProjection = /* groq */ `{
  _type,
  _type == "speaker" => {${speakerSummaryFields}},
  _type == "organisation" => {${organisationSummaryFields}},
  _type == "event" => {${eventSummaryFields}},
  _type == "talk" => {${talkSummaryFields}},
  _type == "article" => ${articleSummaryProjection},
  _type == "infoPage" => ${infoPageSummaryProjection}
}`

const summaries = {
  speaker: speakerSummarySchema,
  organisation: organisationSummarySchema,
  event: eventSummarySchema,
  talk: talkSummarySchema,
  article: articleSummarySchema,
  infoPage: infoPageSummarySchema,
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
