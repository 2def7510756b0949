import { defineQuery } from 'groq'
import { z } from 'zod'

import { cacheTags } from '../cache-tags'
import { articleSortKey, articleSummaryProjection, articleSummarySchema } from '../fragments/article-summary'
import { isUpcoming } from '../fragments/event-date-keys'
import { eventSummaryShape, withEventDate } from '../fragments/event-summary'
import { organisationSummaryProjection, organisationSummarySchema } from '../fragments/organisation-summary'
import { programmeTalkProjection, programmeTalkSchema } from '../fragments/programme-talk'
import { richTextProjection, richTextSchema } from '../fragments/rich-text'
import { defineRead, deriveRead } from '../read'
import type { EventPageQueryResult } from '../sanity.types'
import { documentOf, listOf, resultOf } from '../validate'

import { getEventsPage } from './events-page'

export const eventPageQuery = defineQuery(`*[_type == "event" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  kind,
  status,
  dateMode,
  startsAt,
  endsAt,
  year,
  month,
  theme,
  registrationUrl,
  "isUpcoming": ${isUpcoming},
  description${richTextProjection},
  venue{name, street, city, location{lat, lng}},
  "hosts": hosts[]->${organisationSummaryProjection},
  "partners": partners[]->${organisationSummaryProjection},
  "programme": *[_type == "talk" && event._ref == ^._id && defined(slug.current)] | order(order asc, startsAt asc)${programmeTalkProjection},
  "reports": *[_type == "article" && event._ref == ^._id && defined(slug.current)] | order(${articleSortKey} desc)${articleSummaryProjection}
}`)

// Everything beyond the summary is a detail: a broken registration address drops the button, not the
// event. The address must be a web address (zod's plain z.url() accepts `javascript:`).
const venueSchema = z.object({
  name: z.string().nullable(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
})

const eventPageSchema = resultOf<EventPageQueryResult>()(
  documentOf(
    withEventDate({
      ...eventSummaryShape,
      theme: documentOf(z.string(), 'theme'),
      registrationUrl: documentOf(z.url({ protocol: /^https?$/ }), 'registration address'),
      isUpcoming: z.boolean(),
      description: richTextSchema,
      venue: documentOf(venueSchema, 'venue'),
      hosts: listOf(organisationSummarySchema, 'host organisation'),
      partners: listOf(organisationSummarySchema, 'partner organisation'),
      programme: listOf(programmeTalkSchema, 'talk'),
      reports: listOf(articleSummarySchema, 'article'),
    }),
    'event',
  ),
)

export const getEventPage = defineRead({
  query: eventPageQuery,
  params: (slug: string) => ({ slug }),
  address: cacheTags.event,
  schema: eventPageSchema,
})

/** The events that have a page: those the events page lists, by the same summary. */
export const listEventSlugs = deriveRead(getEventsPage, ({ upcoming, past }) =>
  [...upcoming, ...past].map(({ slug }) => slug),
)
