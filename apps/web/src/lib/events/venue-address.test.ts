import { venueAddress } from './venue-address'

test('joins what is known of the address, in the order a visitor reads it', () => {
  expect(venueAddress({ name: 'Dalarna Science Park', street: 'Forskargatan 3', city: 'Borlänge' })).toBe(
    'Dalarna Science Park, Forskargatan 3, Borlänge',
  )
  expect(venueAddress({ name: null, street: null, city: 'Borlänge' })).toBe('Borlänge')
})

test('no venue, or one without an address, is the empty string', () => {
  expect(venueAddress(null)).toBe('')
  expect(venueAddress({ name: null, street: null, city: null })).toBe('')
})
