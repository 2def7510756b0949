// Every path of the site is built here from the content types' places (content-types.ts), so a renamed
// section touches one entry. It lives in the content package because both the site and the Studio's
// Presentation tool (studio/src/presentation*.ts) need it.

import {
  listPageSegment,
  pageTypes,
  perPage,
  singletonPages,
  type ListType,
  type NestedType,
  type RoutableType,
  type SectionType,
} from './content-types'
import type { ArticleKind } from './vocabularies'

const segment = (slug: string) => encodeURIComponent(slug)

/**
 * The Swedish path segment of each article kind in the news archive (`/nyheter/typ/seminarierapport`).
 * Kept with the paths, not in the vocabulary, and not derived from a label: an address must outlive a
 * reworded label. Keyed by the vocabulary's type, so a new kind does not compile without its segment.
 */
export const articleKindSegments: Record<ArticleKind, string> = {
  news: 'nyhet',
  seminarReport: 'seminarierapport',
}

/** The article kind a path segment names, or null for a segment the archive does not have. */
export function articleKindFromSegment(kindSegment: string): ArticleKind | null {
  const found = Object.entries(articleKindSegments).find(([, value]) => value === kindSegment)
  return found ? (found[0] as ArticleKind) : null
}

/** The section of a type whose pages live in one (its list page), or of the type it lives under. */
function sectionOf(type: RoutableType): string {
  const { place } = pageTypes[type]
  return 'section' in place ? place.section : sectionOf(place.under.type)
}

/** The list page of each type with a section of its own (not the root's). */
const list = Object.fromEntries(
  Object.entries(pageTypes).flatMap(([type, { place }]) =>
    'section' in place && place.section !== '' ? [[type, place.section]] : [],
  ),
) as Record<ListType, string>

/**
 * A page's path: a section type's from its slug (at the root, `/<slug>`), a nested type's from its
 * parent's slug and its own.
 */
const pagePaths = perPage((type, slugs) => [sectionOf(type), ...slugs.map(segment)].join('/'))

/**
 * A page of the list at `base`. Lists are prerendered, so their pages are path segments, not search
 * params; page 1 has no page segment, so each page has one address.
 */
const pageOf = (base: string, page: number) => (page > 1 ? `${base}/${listPageSegment}/${page}` : base)

/** A page of a section's list (`/talare`, `/talare/sida/2`). */
const listPage = (type: ListType, page = 1) => pageOf(list[type], page)

/** A page of the news archive, of one kind or of all. */
function newsArchive(kind: ArticleKind | null = null, page = 1): string {
  return pageOf(kind ? `${list.article}/typ/${articleKindSegments[kind]}` : list.article, page)
}

/** The site's addresses. */
export const routes = {
  home: '/',
  ...pagePaths,
  list,
  listPage,
  newsArchive,
  about: singletonPages.association.path,
  /** The site's search; its results are `?q=` on it. */
  search: '/sok',
} as const

/** A document the site links to by its type, with what its path needs: a nested type's parent's slug. */
export type PageTarget =
  | { _type: SectionType; slug: string }
  | {
      [Type in NestedType]: { _type: Type; slug: string } & {
        [Field in (typeof pageTypes)[Type]['place']['under']['field']]: { slug: string }
      }
    }[NestedType]

/** The site path of a document, or null without one (a deleted target, or a type without pages). */
export function hrefFor(target: PageTarget | null | undefined): string | null {
  if (!target || !Object.hasOwn(pageTypes, target._type)) return null
  const { place } = pageTypes[target._type]
  if ('section' in place) return routes[target._type as SectionType](target.slug)
  const parent = (target as Record<string, unknown>)[place.under.field] as { slug?: string } | undefined
  return parent?.slug ? routes[target._type as NestedType](parent.slug, target.slug) : null
}

/**
 * A type's route as Next's folders and Presentation's `defineDocuments` write it (`/evenemang/:slug/:talk`),
 * and the GROQ condition that finds the document at it from the route's params.
 */
export function routeOf(type: RoutableType): { route: string; filter: string } {
  const { place } = pageTypes[type]
  if ('section' in place) {
    return { route: `${place.section}/:slug`, filter: `_type == "${type}" && slug.current == $slug` }
  }
  return {
    route: `${sectionOf(type)}/:slug/:${type}`,
    filter: `_type == "${type}" && slug.current == $${type} && ${place.under.field}->slug.current == $slug`,
  }
}
