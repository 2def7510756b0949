import { z } from 'zod'

// The one rule for which slugs the site can route, read by the site's schemas and by the Studio's slug
// field (exported as @bergslaget/content/slug), so a slug the Studio accepts always gets a page and a
// slug the site refuses is refused where the editor types it.

/** The document types that have a page of their own. */
export const routableTypes = ['speaker', 'organisation', 'event', 'talk', 'article'] as const

export type RoutableType = (typeof routableTypes)[number]

export const SLUG_MAX_LENGTH = 96

/** Lower-case a–z, digits and single hyphens between them: a path segment that needs no escaping. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Slugs a type may not have because the site's own paths use that segment beside its pages: an article
 * called `sida` or `typ` would be hidden by the news archive's `/nyheter/sida/2` and `/nyheter/typ/nyhet`.
 * apps/web's routes test fails when a route folder appears beside a type's pages and is not listed here.
 */
export const reservedSlugs: Record<RoutableType, readonly string[]> = {
  speaker: [],
  organisation: [],
  event: [],
  talk: [],
  article: ['sida', 'typ'],
}

export type SlugProblem = 'missing' | 'tooLong' | 'pattern' | 'reserved'

/** Why a slug cannot be routed for a document of this type, or null when it can. */
export function slugProblem(type: string, slug: unknown): SlugProblem | null {
  if (typeof slug !== 'string' || slug === '') return 'missing'
  if (slug.length > SLUG_MAX_LENGTH) return 'tooLong'
  if (!SLUG_PATTERN.test(slug)) return 'pattern'
  if (isRoutableType(type) && reservedSlugs[type].includes(slug)) return 'reserved'
  return null
}

function isRoutableType(type: string): type is RoutableType {
  return (routableTypes as readonly string[]).includes(type)
}

const problemMessages: Record<SlugProblem, string> = {
  missing: 'missing',
  tooLong: `longer than ${SLUG_MAX_LENGTH} characters`,
  pattern: 'not lower-case a-z, 0-9 and single hyphens',
  reserved: 'used by a path of the site',
}

/** A slug the site can route for a document of `type`, as the site's schemas check it. */
export function routableSlug(type: RoutableType) {
  return z.string().superRefine((slug, ctx) => {
    const problem = slugProblem(type, slug)
    if (problem) ctx.addIssue({ code: 'custom', message: `slug ${problemMessages[problem]}` })
  })
}
