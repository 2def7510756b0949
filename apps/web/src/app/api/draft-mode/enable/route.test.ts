/** @jest-environment node */
import { GET } from './route'

// The route as deployed, with the environment of the tests: the bundled dataset, no read token.
test('a site without a hosted project refuses preview with 401', async () => {
  const response = await GET(
    new Request('http://localhost:3000/api/draft-mode/enable?sanity-preview-secret=x'),
  )
  expect(response.status).toBe(401)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.text()).toBe('Förhandsgranskning är inte aktiverad på den här webbplatsen.')
})
