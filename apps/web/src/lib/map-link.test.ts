import { mapHref } from './map-link'

const venue = { name: 'Dalarna Science Park', street: null, city: 'Borlänge', location: null }

test('a venue with coordinates links to the pinned spot', () => {
  expect(mapHref({ ...venue, location: { lat: 60.48, lng: 15.42 } })).toBe(
    'https://www.openstreetmap.org/?mlat=60.48&mlon=15.42#map=17/60.48/15.42',
  )
})

test('a venue without coordinates links to a search for its address', () => {
  expect(mapHref(venue)).toBe(
    'https://www.openstreetmap.org/search?query=Dalarna%20Science%20Park%2C%20Borl%C3%A4nge',
  )
})

test('no venue or an empty one gives no link', () => {
  expect(mapHref(null)).toBeNull()
  expect(mapHref({ name: null, street: null, city: null, location: null })).toBeNull()
})
