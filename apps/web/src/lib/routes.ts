// Every path of the site is built here, so a renamed section touches one file.

const segment = (slug: string) => encodeURIComponent(slug)

export const routes = {
  home: '/',
  news: '/nyheter',
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
