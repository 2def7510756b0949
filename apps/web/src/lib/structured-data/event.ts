import type { ContentResult } from '@bergslaget/content'
import { eventKinds } from '@bergslaget/content/vocabularies'
import type { Event, EventStatusType, Place, VirtualLocation } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { stockholmIsoString } from '@/lib/format/stockholm'
import { routes } from '@/lib/routes'
import { shareImagePath } from '@/lib/share-image/share-image-path'

import { associationId, organisationRef } from './organizations'
import { personRef } from './person'

type EventPage = ContentResult<'getEventPage'>

/**
 * A postponed event with a structured-data block has its new date (the block needs a fixed one), so
 * it is rescheduled in schema.org's words, with the date it had before when the editor gave it.
 */
const statuses: Record<EventPage['status'], EventStatusType> = {
  planned: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventRescheduled',
  movedOnline: 'https://schema.org/EventMovedOnline',
  cancelled: 'https://schema.org/EventCancelled',
}

/** Where the event is: on the web (its stream, else its page) once moved online, else its venue. */
function locationOf(event: EventPage): Place | VirtualLocation | null {
  if (event.status === 'movedOnline') {
    return { '@type': 'VirtualLocation', url: event.liveStream?.url ?? absoluteUrl(routes.event(event.slug)) }
  }
  const { venue } = event
  if (!venue?.name || !(venue.street || venue.city)) return null
  return {
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
  }
}

/**
 * The event as Google's event results read it, or null when it cannot be one: Google requires a start
 * date and a place with an address (or, online, an address on the web), so an event whose date is not
 * fixed yet (only its year or month is known) or whose venue is unknown is left out rather than marked
 * up with a guess.
 */
export function eventLd(event: EventPage): Event | null {
  const location = locationOf(event)
  if (event.dateMode !== 'fixed' || !location) return null
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
    ...(event.status === 'postponed' &&
      event.originalStartsAt && { previousStartDate: stockholmIsoString(event.originalStartsAt) }),
    eventAttendanceMode:
      event.status === 'movedOnline'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: 'sv-SE',
    location,
    organizer: event.hosts.length > 0 ? event.hosts.map(organisationRef) : { '@id': associationId },
    ...(performers.size > 0 && { performer: [...performers.values()] }),
  }
}
