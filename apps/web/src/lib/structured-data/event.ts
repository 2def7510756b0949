import type { ContentResult } from '@bergslaget/content'
import { eventKinds } from '@bergslaget/content/vocabularies'
import type { Event, EventStatusType } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { stockholmIsoString } from '@/lib/format/stockholm'
import { routes } from '@/lib/routes'
import { shareImagePath } from '@/lib/share-image/share-image-path'

import { associationId, organisationRef } from './organizations'
import { personRef } from './person'

type EventPage = ContentResult<'getEventPage'>

const statuses: Record<EventPage['status'], EventStatusType> = {
  planned: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
}

/**
 * The event as Google's event results read it, or null when it cannot be one: Google requires a start
 * date and a place with an address, so an event whose date is not fixed yet (only its year or month is
 * known) or whose venue is unknown is left out rather than marked up with a guess.
 */
export function eventLd(event: EventPage): Event | null {
  const { venue } = event
  if (event.dateMode !== 'fixed' || !venue?.name || !(venue.street || venue.city)) return null
  const performers = new Map(
    event.programme.flatMap((talk) => talk.speakers.map(({ speaker }) => [speaker.slug, personRef(speaker)])),
  )
  return {
    '@type': 'Event',
    name: event.title,
    url: absoluteUrl(routes.event(event.slug)),
    // The page's share image: Google recommends one, and every page has it.
    image: absoluteUrl(shareImagePath(routes.event(event.slug))),
    description: event.theme ?? eventKinds.visitor[event.kind],
    startDate: stockholmIsoString(event.startsAt),
    endDate: stockholmIsoString(event.endsAt),
    eventStatus: statuses[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: 'sv-SE',
    location: {
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        ...(venue.street && { streetAddress: venue.street }),
        ...(venue.city && { addressLocality: venue.city }),
        addressCountry: 'SE',
      },
      ...(venue.location && {
        geo: { '@type': 'GeoCoordinates', latitude: venue.location.lat, longitude: venue.location.lng },
      }),
    },
    organizer: event.hosts.length > 0 ? event.hosts.map(organisationRef) : { '@id': associationId },
    ...(performers.size > 0 && { performer: [...performers.values()] }),
  }
}
