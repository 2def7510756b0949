// Every path of the site is built here, so a renamed section touches one file.

import type { ArticleKind } from '@bergslaget/content'

const segment = (slug: string) => encodeURIComponent(slug)

/** The Swedish path segment of each article kind in the news archive (`/nyheter/typ/seminarierapport`). */
export const articleKindSegments: Record<ArticleKind, string> = {
  news: 'nyhet',
  seminarReport: 'seminarierapport',
}

/** The article kind a path segment names, or null for a segment the archive does not have. */
export function articleKindFromSegment(kindSegment: string): ArticleKind | null {
  const found = Object.entries(articleKindSegments).find(([, value]) => value === kindSegment)
  return found ? (found[0] as ArticleKind) : null
}

/**
 * A page of the news archive. The archive is prerendered, so its filter and page are path segments,
 * not search params; page 1 has no page segment, so each list has one address.
 */
function newsArchive(kind: ArticleKind | null = null, page = 1): string {
  const base = kind ? `/nyheter/typ/${articleKindSegments[kind]}` : '/nyheter'
  return page > 1 ? `${base}/sida/${page}` : base
}

export const routes = {
  home: '/',
  news: '/nyheter',
  newsArchive,
  article: (slug: string) => `/nyheter/${segment(slug)}`,
  events: '/evenemang',
  event: (slug: string) => `/evenemang/${segment(slug)}`,
  talk: (eventSlug: string, slug: string) => `/evenemang/${segment(eventSlug)}/${segment(slug)}`,
  speakers: '/talare',
  speaker: (slug: string) => `/talare/${segment(slug)}`,
  organisations: '/organisationer',
  organisation: (slug: string) => `/organisationer/${segment(slug)}`,
  about: '/om-foreningen',
} as const

export type LinkTargetType = 'speaker' | 'organisation' | 'event' | 'talk'

/** A dereferenced link target as projected by the content queries. */
export interface LinkTarget {
  _type: LinkTargetType
  slug?: string | null
  eventSlug?: string | null
}

/** The site path of a document, or null when the target lacks what its path needs. */
export function hrefFor(target: LinkTarget | null | undefined): string | null {
  if (!target?.slug) return null
  switch (target._type) {
    case 'speaker':
      return routes.speaker(target.slug)
    case 'organisation':
      return routes.organisation(target.slug)
    case 'event':
      return routes.event(target.slug)
    case 'talk':
      return target.eventSlug ? routes.talk(target.eventSlug, target.slug) : null
    default:
      return null
  }
}
