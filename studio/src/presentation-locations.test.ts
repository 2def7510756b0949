import {
  articleLocations,
  eventLocations,
  mainDocuments,
  organisationLocations,
  speakerLocations,
  talkLocations,
} from './presentation-locations'
import { routes } from '@bergslaget/content/site-paths'

test('each document type is shown on its own page first', () => {
  expect(speakerLocations({ name: 'Anna Svensson', slug: 'anna-svensson' })?.locations).toEqual([
    { title: 'Anna Svensson', href: '/talare/anna-svensson' },
    { title: 'Talare', href: '/talare' },
  ])
  expect(eventLocations({ title: 'Vardagsnära forskning', slug: 'vf' })?.locations?.[0]).toEqual({
    title: 'Vardagsnära forskning',
    href: '/evenemang/vf',
  })
  expect(articleLocations({ title: 'Årsmöte', slug: 'arsmote' })?.locations?.[0]?.href).toBe(
    '/nyheter/arsmote',
  )
  expect(organisationLocations({ name: 'Region Örebro län', slug: 'ro' })?.locations?.[0]?.href).toBe(
    '/organisationer/ro',
  )
})

test('a talk is shown under its event, and on the event page', () => {
  const talk = { title: 'Inledning', slug: 'inledning', eventSlug: 'vf', eventTitle: 'Vardagsnära forskning' }
  expect(talkLocations(talk)?.locations).toEqual([
    { title: 'Inledning', href: '/evenemang/vf/inledning' },
    { title: 'Vardagsnära forskning', href: '/evenemang/vf' },
  ])
  expect(talkLocations({ title: 'Inledning', slug: 'inledning' })).toMatchObject({ tone: 'caution' })
})

test('a document without a slug has no page yet, and says so', () => {
  for (const resolve of [
    speakerLocations,
    eventLocations,
    talkLocations,
    articleLocations,
    organisationLocations,
  ]) {
    expect(resolve({ title: 'Utan slug' })).toEqual({
      message: expect.stringContaining('slug'),
      tone: 'caution',
    })
    expect(resolve(null)).toMatchObject({ tone: 'caution' })
  }
})

test('each page with a slug in its path names the document it shows', () => {
  const documentRoutes = mainDocuments.map((resolver) => resolver.route)
  const asPattern = (route: string | string[]) =>
    new RegExp(`^${String(route).replace(/:[a-z]+/g, '[^/]+')}$`)
  const pathsWithDocuments = [
    routes.speaker('a'),
    routes.event('b'),
    routes.talk('b', 'c'),
    routes.article('d'),
    routes.organisation('e'),
    routes.about,
  ]
  for (const path of pathsWithDocuments) {
    expect(documentRoutes.filter((route) => asPattern(route).test(path))).toHaveLength(1)
  }
  // List pages show many documents: none is the main one.
  for (const path of [routes.home, routes.news, routes.events, routes.speakers]) {
    expect(documentRoutes.filter((route) => asPattern(route).test(path))).toHaveLength(0)
  }
})
