import { routableTypes } from '@bergslaget/content/content-types'
import { routes } from '@bergslaget/content/site-paths'
import { slugProblem } from '@bergslaget/content/slug'

import { locationsOf, mainDocuments } from './presentation-locations'

type Selected = Parameters<typeof locationsOf>[1]
const speakerLocations = (doc: Selected) => locationsOf('speaker', doc)
const eventLocations = (doc: Selected) => locationsOf('event', doc)
const articleLocations = (doc: Selected) => locationsOf('article', doc)
const organisationLocations = (doc: Selected) => locationsOf('organisation', doc)
const talkLocations = (doc: Selected) => locationsOf('talk', doc)

test('each document type is shown on its own page first', () => {
  expect(speakerLocations({ title: 'Anna Svensson', slug: 'anna-svensson' })?.locations).toEqual([
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
  expect(organisationLocations({ title: 'Region Örebro län', slug: 'ro' })?.locations?.[0]?.href).toBe(
    '/organisationer/ro',
  )
})

test('a talk is shown under its event, and on the event page', () => {
  const talk = {
    title: 'Inledning',
    slug: 'inledning',
    parentSlug: 'vf',
    parentTitle: 'Vardagsnära forskning',
  }
  expect(talkLocations(talk)?.locations).toEqual([
    { title: 'Inledning', href: '/evenemang/vf/inledning' },
    { title: 'Vardagsnära forskning', href: '/evenemang/vf' },
  ])
  expect(talkLocations({ title: 'Inledning', slug: 'inledning' })).toMatchObject({ tone: 'caution' })
})

test('a document without a slug has no page yet, and says so', () => {
  for (const type of routableTypes) {
    expect(locationsOf(type, { title: 'Utan slug' })).toEqual({
      message: expect.stringContaining('slug'),
      tone: 'caution',
    })
    expect(locationsOf(type, null)).toMatchObject({ tone: 'caution' })
  }
})

test('the first route that matches a page names the document it shows, as Presentation reads them', () => {
  const asPattern = (route: string | string[]) =>
    new RegExp(`^${String(route).replace(/:[a-z]+/g, '[^/]+')}$`)
  const firstMatch = (path: string) => mainDocuments.find((resolver) => asPattern(resolver.route).test(path))
  const typeOf = (resolver: (typeof mainDocuments)[number] | undefined) =>
    resolver && ('type' in resolver ? resolver.type : /_type == "(\w+)"/.exec(String(resolver.filter))?.[1])

  expect(
    [
      routes.speaker('a'),
      routes.event('b'),
      routes.talk('b', 'c'),
      routes.article('d'),
      routes.organisation('e'),
      routes.infoPage('f'),
      routes.about,
    ].map((path) => typeOf(firstMatch(path))),
  ).toEqual(['speaker', 'event', 'talk', 'article', 'organisation', 'infoPage', 'association'])
  // List pages show many documents: none is the main one. A one-segment list reaches the root's route,
  // whose query finds nothing there: a page editors own may not have a section's slug.
  expect(firstMatch(routes.home)).toBeUndefined()
  for (const path of [routes.list.article, routes.list.event, routes.list.speaker]) {
    expect(typeOf(firstMatch(path))).toBe('infoPage')
    expect(slugProblem('infoPage', path.slice(1))).toBe('reserved')
  }
})
