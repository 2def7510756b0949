import { displayUrl } from './display-url'

test.each([
  ['https://bergslaget.se', 'bergslaget.se'],
  ['https://www.bergslaget.se/', 'bergslaget.se'],
  ['http://example.com/om/', 'example.com/om'],
  ['https://example.com/sida?id=2', 'example.com/sida?id=2'],
  ['inte en adress', 'inte en adress'],
])('%s reads as %s', (url, shown) => {
  expect(displayUrl(url)).toBe(shown)
})
