import {
  pageTypes,
  routableTypes,
  singletonPages,
  type RoutableType,
} from '@bergslaget/content/content-types'
import { hrefFor, routeOf, routes, type PageTarget } from '@bergslaget/content/site-paths'
import { defineDocuments, defineLocations, type DocumentLocationsState } from 'sanity/presentation'

// Where the Presentation tool shows a document, and which document a page shows, for every type the
// content package's content-types.ts gives a page: a new type appears here without an edit.

type Selected = Record<string, string | undefined> | null
type Location = { title: string; href: string }

const withoutSlug: DocumentLocationsState = {
  message: 'Dokumentet har ingen slug ännu och visas därför inte på webbplatsen.',
  tone: 'caution',
}

/** The lists a document of the type is on: its section's list page, and the home page if it lists the type. */
function listsOf(type: RoutableType): Location[] {
  const { names, place, onHomePage } = pageTypes[type]
  return [
    ...('section' in place && place.section !== ''
      ? [{ title: names.visitor.many, href: place.section }]
      : []),
    ...(onHomePage ? [{ title: 'Startsidan', href: routes.home }] : []),
  ]
}

/**
 * A document's own page first, then the lists it appears in; a nested type's document (a talk) also on
 * its parent's page, and without a parent nowhere. No slug yet, no page.
 */
export function locationsOf(type: RoutableType, doc: Selected): DocumentLocationsState {
  const { names, place } = pageTypes[type]
  if (!doc?.slug) return withoutSlug
  const own = (href: string | null): Location[] =>
    href ? [{ title: doc.title || names.editor.one, href }] : []
  if ('section' in place) {
    return { locations: [...own(hrefFor({ _type: type, slug: doc.slug } as PageTarget)), ...listsOf(type)] }
  }
  const parent = pageTypes[place.under.type]
  if (!doc.parentSlug) {
    return {
      message: `Visas på webbplatsen först när ${parent.names.editor.one.toLowerCase()} är valt.`,
      tone: 'caution',
    }
  }
  const target = { _type: type, slug: doc.slug, [place.under.field]: { slug: doc.parentSlug } }
  return {
    locations: [
      ...own(hrefFor(target as PageTarget)),
      { title: doc.parentTitle || parent.names.visitor.one, href: routes[place.under.type](doc.parentSlug) },
      ...listsOf(type),
    ],
  }
}

/** What Presentation reads of a document of the type: its title and slug, and its parent's. */
function selectionOf(type: RoutableType): Record<string, string> {
  const { titleField, place } = pageTypes[type]
  const own = { title: titleField, slug: 'slug.current' }
  if ('section' in place) return own
  const { field, type: parentType } = place.under
  return {
    ...own,
    parentSlug: `${field}.slug.current`,
    parentTitle: `${field}.${pageTypes[parentType].titleField}`,
  }
}

/** Where the Presentation tool offers to show a document being edited. */
export const locations = {
  ...Object.fromEntries(
    routableTypes.map((type) => [
      type,
      defineLocations({ select: selectionOf(type), resolve: (doc) => locationsOf(type, doc) }),
    ]),
  ),
  association: defineLocations({
    select: {},
    resolve: () => ({
      locations: [{ title: singletonPages.association.names.visitor.one, href: routes.about }],
    }),
  }),
}

/**
 * Which document a page of the site is about, so opening a page opens its document for editing.
 * Presentation takes the first route that matches, so the fixed path comes before the patterns, and
 * the root's `/:slug` (pages editors own) matches only what no other route does.
 */
export const mainDocuments = defineDocuments([
  { route: routes.about, type: 'association' },
  ...routableTypes.map(routeOf),
])
