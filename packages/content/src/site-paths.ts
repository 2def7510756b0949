// Every path of the site is built here, so a renamed section touches one file. It lives in the content
// package because both the site and the Studio's Presentation tool (studio/src/presentation*.ts) need it.

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

/**
 * A page of the news archive. The archive is prerendered, so its filter and page are path segments,
 * not search params; page 1 has no page segment, so each list has one address.
 */
function newsArchive(kind: ArticleKind | null = null, page = 1): string {
  const base = kind ? `/nyheter/typ/${articleKindSegments[kind]}` : '/nyheter'
  return page > 1 ? `${base}/sida/${page}` : base
}

/** The site's addresses. */
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
