import type { SanityDocument } from '@bergslaget/content/dataset'
import { writeDatasetVariant } from '@bergslaget/content/testing/rebuilt-site'
import { screen, within } from '@testing-library/react'
import type * as Renderer from '@testing-library/react/pure'

import { importOnDataset } from '@/testing/import-on-dataset'

import type * as SearchRoute from '../../sok/page'
import type * as EventsRoute from '../page'

import type * as Route from './page'

// Events whose plans changed, as editors mark them (issue 13): postponed to a new date, postponed until
// a day not set yet, moved online. Each page and card says so in Swedish; a postponed event without a
// new day offers no registration.

const nextYear = new Date().getUTCFullYear() + 1
const inMay = { startsAt: `${nextYear}-05-12T07:30:00Z`, endsAt: `${nextYear}-05-12T14:00:00Z` }

function event(slug: string, title: string, fields: Record<string, unknown>): SanityDocument {
  return {
    _id: `event-${slug}`,
    _type: 'event',
    _createdAt: '2026-11-01T08:00:00Z',
    _updatedAt: '2026-11-20T08:00:00Z',
    title,
    slug: { _type: 'slug', current: slug },
    kind: 'seminar',
    venue: { _type: 'venue', name: 'Kulturhuset Tornet', street: 'Stora torget 1', city: 'Lindesberg' },
    registrationUrl: 'https://example.se/anmalan',
    ...fields,
  }
}

const events = [
  event('uppskjutet', 'Seminarium om vätgas', {
    status: 'postponed',
    originalStartsAt: `${nextYear}-03-12T08:00:00Z`,
    dateMode: 'fixed',
    ...inMay,
  }),
  event('uppskjutet-utan-datum', 'Seminarium om kompetens', {
    status: 'postponed',
    originalStartsAt: `${nextYear}-03-19T08:00:00Z`,
    dateMode: 'unconfirmed',
    year: nextYear,
  }),
  event('pa-webben', 'Seminarium om batterier', {
    status: 'movedOnline',
    dateMode: 'fixed',
    ...inMay,
    liveStream: { _type: 'video', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  }),
]

// The routes, and the renderer with the React they render with, as loaded on a site serving the events.
let site: {
  renderer: typeof Renderer
  route: typeof Route
  eventsRoute: typeof EventsRoute
  searchRoute: typeof SearchRoute
}
beforeAll(async () => {
  const dataset = await writeDatasetVariant((documents) => [...documents, ...events])
  site = await importOnDataset(dataset, async () => ({
    renderer: await import('@testing-library/react/pure'),
    route: await import('./page'),
    eventsRoute: await import('../page'),
    searchRoute: await import('../../sok/page'),
  }))
})
afterEach(() => site.renderer.cleanup())

const render = (page: Parameters<typeof Renderer.render>[0]) => site.renderer.render(page)

const params = (slug: string) => ({ params: Promise.resolve({ slug }) })
/** The page's facts (När, Var, …), each term with the text of its description. */
const facts = () =>
  Object.fromEntries(
    [...document.querySelectorAll('dl.facts dt')].map((term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]),
  )

test('postponed to a new date: the badge, the new date, the date it had, and registration', async () => {
  render(await site.route.default(params('uppskjutet')))

  expect(screen.getByText('Uppskjutet')).toHaveClass('badge')
  expect(facts()).toMatchObject({ När: expect.stringContaining(`12 maj ${nextYear}`) })
  expect(facts()['Uppskjutet från']).toBe(`12 mars ${nextYear}`)
  expect(screen.getByRole('link', { name: 'Anmäl dig till Seminarium om vätgas' })).toBeInTheDocument()
})

test('postponed until a day not set yet: only the year it is now planned for, and no registration', async () => {
  render(await site.route.default(params('uppskjutet-utan-datum')))

  expect(screen.getByText('Uppskjutet')).toHaveClass('badge')
  expect(facts().När).toMatch(new RegExp(`^${nextYear}`))
  expect(facts()['Uppskjutet från']).toBe(`19 mars ${nextYear}`)
  expect(screen.queryByRole('link', { name: /^Anmäl dig/ })).toBeNull()
})

test('moved online: on the web, at its stream, the venue no longer given', async () => {
  render(await site.route.default(params('pa-webben')))

  expect(screen.getByText('Flyttat till webben')).toHaveClass('badge')
  expect(facts().Var).toBe('På webben, i direktsändningen nedan')
  expect(screen.queryByText(/Stora torget/)).toBeNull()
  expect(screen.getByRole('region', { name: 'Direktsändning' })).toContainElement(
    screen.getByRole('button', { name: 'Spela upp: Seminarium om batterier' }),
  )
})

test("the events list's cards say which plans changed", async () => {
  render(await site.eventsRoute.default())

  const upcoming = screen.getByRole('region', { name: 'Kommande evenemang' })
  const cards = within(upcoming).getAllByRole('article')
  const badgeOf = (title: string) =>
    cards
      .find((card) => card.textContent?.includes(title))
      ?.querySelector('.badge')
      ?.textContent?.trim()
  expect(badgeOf('Seminarium om vätgas')).toBe('Uppskjutet')
  expect(badgeOf('Seminarium om kompetens')).toBe('Uppskjutet')
  expect(badgeOf('Seminarium om batterier')).toBe('Flyttat till webben')
})

test('a search result for an event whose plans changed says so', async () => {
  render(await site.searchRoute.default({ searchParams: Promise.resolve({ q: 'batterier' }) }))

  const events = screen.getByRole('region', { name: /^Evenemang/ })
  const hit = within(events).getByRole('link', { name: 'Seminarium om batterier' }).closest('li')
  expect(hit?.querySelector('.badge')).toHaveTextContent('Flyttat till webben')
})
