import type { RoutableType } from './fragments/slug'

/**
 * The names of the cache tags the content API puts on its reads, so that a change in the Content Lake
 * can refresh exactly the pages that show it (see cache-tags-webhook.ts for the other direction).
 *
 * Two kinds of tag:
 * - a page's own tag, named for the document the page is about (`speaker:<slug>`, `talk:<event>/<talk>`):
 *   the page's query reads that document and whatever the page shows with it;
 * - a list tag (`list:<type>`) on the reads that list every document of a type (/talare, the slugs a
 *   route prerenders, the home page's latest articles).
 *
 * Slugs, not ids: a page is fetched by its slug, so the tag has to be known before the query runs, and
 * the webhook's projection can give slugs as easily as ids.
 */
export const cacheTags = {
  speaker: (slug: string) => `speaker:${slug}`,
  event: (slug: string) => `event:${slug}`,
  /** A talk's page lives under its event; talk slugs are unique only within their event. */
  talk: (eventSlug: string, talkSlug: string) => `talk:${eventSlug}/${talkSlug}`,
  article: (slug: string) => `article:${slug}`,
  organisation: (slug: string) => `organisation:${slug}`,
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
  /** Talks only: the slug of the talk's event, under which its page lives. */
  eventSlug?: string | null
  /**
   * The slugs it had before (and a talk's event's), whose addresses now redirect to its page: they
   * change with it, so the webhook names them for the changed document itself.
   */
  previousSlugs?: string[] | null
  eventPreviousSlugs?: string[] | null
}

/**
 * The tags of the pages the document has: its page and the redirects at its old addresses (none for
 * documents without a page, such as images).
 */
export function pageTagsOf(ref: PageRef): string[] {
  const { _type, slug, eventSlug } = ref
  if (_type === 'association') return [cacheTags.association]
  if (!slug) return []
  const slugs = [slug, ...(ref.previousSlugs ?? [])]
  switch (_type) {
    case 'speaker':
    case 'event':
    case 'article':
    case 'organisation':
      return slugs.map((each) => cacheTags[_type](each))
    case 'talk': {
      if (!eventSlug) return []
      const eventSlugs = [eventSlug, ...(ref.eventPreviousSlugs ?? [])]
      // A talk is also a line in its event's programme.
      const pages = eventSlugs.flatMap((event) => slugs.map((talk) => cacheTags.talk(event, talk)))
      return [...pages, cacheTags.event(eventSlug)]
    }
    default:
      return []
  }
}

/** The tags of the reads that list every document of the type. */
export function listTagsOf(type: string): string[] {
  switch (type) {
    case 'speaker':
    case 'talk':
    case 'event':
    case 'article':
    case 'organisation':
      return [cacheTags.list(type)]
    case 'association':
      return [cacheTags.siteSettings]
    default:
      return []
  }
}
