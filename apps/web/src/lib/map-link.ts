import { venueAddress } from '@/lib/events/venue-address'

interface VenueForMap {
  name: string | null
  street: string | null
  city: string | null
  location: { lat: number; lng: number } | null
}

/**
 * A plain link to OpenStreetMap (no embed, no third-party script): the pinned spot when the venue has
 * coordinates, otherwise a search for its address; null when there is nothing to look up.
 */
export function mapHref(venue: VenueForMap | null): string | null {
  if (!venue) return null
  if (venue.location) {
    const { lat, lng } = venue.location
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`
  }
  const address = venueAddress(venue)
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : null
}
