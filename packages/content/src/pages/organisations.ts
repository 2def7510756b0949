import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { withEventDate } from '../fragments/event-date'
import { eventSortKey } from '../fragments/event-date-keys'
import { imageProjection, imageSchema } from '../fragments/image'
import {
  organisationListingProjection,
  organisationListingSchema,
  organisationSummaryProjection,
  organisationSummarySchema,
  articleSortKey,
  articleSummaryProjection,
  articleSummarySchema,
  eventSummaryFields,
  eventSummaryShape,
  organisationSummaryFields,
  organisationSummaryShape,
  speakerSummaryFields,
  speakerSummaryProjection,
  speakerSummarySchema,
  speakerSummaryShape,
  talkSummaryFields,
  talkSummarySchema,
  talkSummaryShape,
} from '../fragments/summaries'
import { talkWithEventFilter, talkWithEventOrder } from '../fragments/talk-with-event'
import { defineRead, deriveRead } from '../read'
import type {
  OrganisationOrderQueryResult,
  OrganisationsPageQueryResult,
  OrganisationPageQueryResult,
} from '../sanity.types'
import { sortBySwedishName } from '../sort/swedish'
import { listOf, resultOf, documentOf } from '../validate'
import { talkSpeakerRoles } from '../vocabularies'

import { defineListPageRead } from './list-page'

/**
 * The order of the organisations list: every organisation with a page, by its listing, A–Ö in Swedish
 * order and equal names by id (the site groups them by kind). Read whole for each page of the list, as
 * the speakers list's order is (speakers.ts).
 */
export const organisationOrderQuery = defineQuery(
  `*[_type == "organisation" && defined(slug.current)]${organisationListingProjection}`,
)

const organisationOrderSchema = resultOf<OrganisationOrderQueryResult>()(
  listOf(organisationListingSchema, 'organisation'),
)

export const listOrganisationOrder = defineRead({
  query: organisationOrderQuery,
  tags: [cacheTags.list('organisation')],
  schema: organisationOrderSchema,
  then: sortBySwedishName,
})

export const organisationsPageQuery = defineQuery(
  `*[_type == "organisation" && _id in $ids]${organisationSummaryProjection}`,
)

const organisationsPageSchema = resultOf<OrganisationsPageQueryResult>()(
  listOf(organisationSummarySchema, 'organisation'),
)

/** One page of the organisations list: those with these ids (listOrganisationOrder's), in their order. */
export const getOrganisationsPage = defineListPageRead({
  type: 'organisation',
  query: organisationsPageQuery,
  schema: organisationsPageSchema,
})

/** GROQ, in a talk's `speakers[]` filter: the person has an affiliation with the organisation. */
const isOrganisationsPerson = /* groq */ `^.^._id in speaker->affiliations[].organisation._ref`

/**
 * GROQ, in a talk filter: the ids of the organisation's people. A talk with one of them among its
 * speakers references that person, so `references()` of these admits every talk the exact condition
 * (`count(speakers[…]) > 0`) admits, and lets the embedded source find them by the people's ids instead
 * of testing every talk (source/query-plan.ts).
 */
const peopleIds = /* groq */ `*[^.^._id in affiliations[].organisation._ref]._id`

/**
 * One query for everything the organisation's page shows. "Articles that mention it" are the articles
 * that reference it; an article's only references to organisations are the internal links in its body.
 */
export const organisationPageQuery = defineQuery(`*[_type == "organisation" && slug.current == $slug][0]{
  ${organisationSummaryFields},
  county,
  description,
  website,
  "logo": ${imageProjection('logo')},
  "people": *[_type == "speaker" && defined(slug.current) && ^._id in affiliations[].organisation._ref]{
    ${speakerSummaryFields},
    "roles": affiliations[organisation._ref == ^.^._id].role
  },
  "talks": *[${talkWithEventFilter} && references(${peopleIds}) && count(speakers[${isOrganisationsPerson}]) > 0] | ${talkWithEventOrder}{
    ${talkSummaryFields},
    "speakers": speakers[${isOrganisationsPerson}]{_key, role, "speaker": speaker->${speakerSummaryProjection}}
  },
  "events": *[_type == "event" && defined(slug.current) && (^._id in hosts[]._ref || ^._id in partners[]._ref)] | order(${eventSortKey} desc){
    ${eventSummaryFields},
    "hosted": ^._id in hosts[]._ref
  },
  "concerningTalks": *[${talkWithEventFilter} && ^._id in concerns[]._ref] | ${talkWithEventOrder}{${talkSummaryFields}},
  "articles": *[_type == "article" && defined(slug.current) && references(^._id)] | order(${articleSortKey} desc)${articleSummaryProjection}
}`)

const personSchema = z.object({
  ...speakerSummaryShape,
  roles: listOf(z.string().min(1), 'affiliation role'),
})

const talkPersonSchema = z.object({
  _key: z.string(),
  role: z.enum(talkSpeakerRoles.values),
  speaker: speakerSummarySchema,
})

const peoplesTalkSchema = z.object({
  ...talkSummaryShape,
  speakers: listOf(talkPersonSchema, 'talk speaker'),
})

/** `hosted`: the organisation hosted the event; otherwise it was a partner. */
const organisationEventSchema = withEventDate({ ...eventSummaryShape, hosted: z.boolean() })

const organisationPageSchema = resultOf<OrganisationPageQueryResult>()(
  documentOf(
    z.object({
      ...organisationSummaryShape,
      county: documentOf(z.string(), 'county'),
      description: documentOf(z.string(), 'description'),
      // Any string: the site renders it only through its allow-list, so a bad address costs the link.
      website: documentOf(z.string(), 'website'),
      logo: documentOf(imageSchema, 'logo'),
      people: listOf(personSchema, 'person'),
      talks: listOf(peoplesTalkSchema, 'talk'),
      events: listOf(organisationEventSchema, 'event'),
      concerningTalks: listOf(talkSummarySchema, 'talk'),
      articles: listOf(articleSummarySchema, 'article'),
    }),
    'organisation',
  ),
)

export const getOrganisationPage = defineRead({
  query: organisationPageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.organisation,
  schema: organisationPageSchema,
  then: (organisation) => organisation && { ...organisation, people: sortBySwedishName(organisation.people) },
})

/** The organisations that have a page: those the organisations list lists. */
export const listOrganisationSlugs = deriveRead(listOrganisationOrder, (organisations) =>
  organisations.map(({ slug }) => slug),
)
