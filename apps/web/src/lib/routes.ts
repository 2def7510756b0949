import { routes } from '@bergslaget/content/site-paths'

export { articleKindFromSegment, articleKindSegments, routes } from '@bergslaget/content/site-paths'

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
