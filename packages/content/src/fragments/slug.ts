import { z } from 'zod'

import { isRoutableType, pageTypes, type RoutableType } from '../content-types'

// The one rule for which slugs the site can route, read by the site's schemas and by the Studio's slug
// field (exported as @bergslaget/content/slug), so a slug the Studio accepts always gets a page and a
// slug the site refuses is refused where the editor types it.

export const SLUG_MAX_LENGTH = 96

/** Lower-case a–z, digits and single hyphens between them: a path segment that needs no escaping. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type SlugProblem = 'missing' | 'tooLong' | 'pattern' | 'reserved'

/** Why a slug cannot be routed for a document of this type, or null when it can. */
export function slugProblem(type: string, slug: unknown): SlugProblem | null {
  if (typeof slug !== 'string' || slug === '') return 'missing'
  if (slug.length > SLUG_MAX_LENGTH) return 'tooLong'
  if (!SLUG_PATTERN.test(slug)) return 'pattern'
  if (isRoutableType(type) && (pageTypes[type].reservedSlugs as readonly string[]).includes(slug)) {
    return 'reserved'
  }
  return null
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
