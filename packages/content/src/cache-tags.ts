import {
  isRoutableType,
  pageTypes,
  perPage,
  type NestedType,
  type RoutableType,
  type SectionType,
} from './content-types'

/**
 * The names of the cache tags the content API puts on its reads, so that a change in the Content Lake
 * can refresh exactly the pages that show it (see cache-tags-webhook.ts for the other direction).
 *
 * Two kinds of tag:
 * - a page's own tag, named for the document the page is about (`speaker:<slug>`, `talk:<event>/<talk>`):
 *   the page's query reads that document and whatever the page shows with it;
 * - a list tag (`list:<type>`) on the reads that list every document of a type (/talare, the slugs a
 *   route prerendered, the home page's latest articles).
 *
 * Slugs, not ids: a page is fetched by its slug, so the tag has to be known before the query runs, and
 * the webhook's projection can give slugs as easily as ids. The tags of a type's pages take the same
 * slugs as its paths (site-paths.ts): a nested type's, its parent's slug and its own.
 */
const pageTags = perPage((type, slugs) => `${type}:${slugs.join('/')}`)

export const cacheTags = {
  ...pageTags,
  /** The association page: the association with its members and chair. */
  association: 'association',
  /**
   * What every page shows of the association (the footer) and the home page's intro. Apart from
   * `association` so that a change to the chair's or a member's page does not refresh every page.
   */
  siteSettings: 'site-settings',
  list: (type: RoutableType) => `list:${type}`,
} as const

/** A document as the webhook names it: enough to know which page is its own. */
export interface PageRef {
  _type: string
  slug?: string | null
  /** Nested types only (a talk): the slug of the document under whose page its page lives. */
  parentSlug?: string | null
  /**
   * The slugs it had before (and a nested type's parent's), whose addresses now redirect to its page:
   * they change with it, so the webhook names them for the changed document itself.
   */
  previousSlugs?: string[] | null
  parentPreviousSlugs?: string[] | null
}

/**
 * The tags of the pages the document has: its page and the redirects at its old addresses (none for
 * documents without a page, such as images). A nested type's document is also shown on its parent's
 * page (a talk in its event's programme).
 */
export function pageTagsOf(ref: PageRef): string[] {
  const { _type, slug, parentSlug } = ref
  if (_type === 'association') return [cacheTags.association]
  if (!slug || !isRoutableType(_type)) return []
  const slugs = [slug, ...(ref.previousSlugs ?? [])]
  const { place } = pageTypes[_type]
  if ('section' in place) return slugs.map((each) => cacheTags[_type as SectionType](each))
  if (!parentSlug) return []
  const parentSlugs = [parentSlug, ...(ref.parentPreviousSlugs ?? [])]
  const tag = cacheTags[_type as NestedType]
  const pages = parentSlugs.flatMap((parent) => slugs.map((own) => tag(parent, own)))
  return [...pages, cacheTags[place.under.type](parentSlug)]
}

/** The tags of the reads that list every document of the type (the association: every page's footer). */
export function listTagsOf(type: string): string[] {
  if (isRoutableType(type)) return [cacheTags.list(type)]
  return type === 'association' ? [cacheTags.siteSettings] : []
}
