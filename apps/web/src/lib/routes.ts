import type { RoutableType } from '@bergslaget/content/slug'
import { routes } from '@bergslaget/content/site-paths'

export { articleKindFromSegment, articleKindSegments, routes } from '@bergslaget/content/site-paths'

/**
 * A document the site links to by its type, as the content layer hands it over: only after it passed
 * its type's summary, so it has a page. A talk's path needs its event's slug.
 */
export type LinkTarget =
  | { _type: Exclude<RoutableType, 'talk'>; slug: string }
  | { _type: 'talk'; slug: string; event: { slug: string } }

/** The site path of a document, or null without one (a deleted target, or one without a page). */
export function hrefFor(target: LinkTarget | null | undefined): string | null {
  switch (target?._type) {
    case 'speaker':
      return routes.speaker(target.slug)
    case 'organisation':
      return routes.organisation(target.slug)
    case 'event':
      return routes.event(target.slug)
    case 'article':
      return routes.article(target.slug)
    case 'talk':
      return routes.talk(target.event.slug, target.slug)
    default:
      return null
  }
}
