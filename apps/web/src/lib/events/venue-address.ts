import type { EventSummary } from '@bergslaget/content'

type Venue = Pick<NonNullable<EventSummary['venue']>, 'name' | 'street' | 'city'>

/** "Dalarna Science Park, Borlänge": what is known of the venue's address; empty when nothing is. */
export function venueAddress(venue: Venue | null): string {
  return venue ? [venue.name, venue.street, venue.city].filter(Boolean).join(', ') : ''
}
