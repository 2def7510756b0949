import { z } from 'zod'

/**
 * The site's own settings, read once. SITE_URL is where the site is served; canonical and Open Graph
 * URLs are built from it. SANITY_STUDIO_URL is where editors' Studio is served: the one other origin
 * allowed to show the site in a frame, as its Presentation tool does (content configuration lives in
 * @bergslaget/content/config).
 */
const siteEnvSchema = z.object({
  SITE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'SITE_URL must be an absolute http(s) URL, e.g. https://bergslaget.se',
    })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  SANITY_STUDIO_URL: z
    .url({
      protocol: /^https?$/,
      error: 'SANITY_STUDIO_URL must be an absolute http(s) URL, e.g. https://bergslaget.sanity.studio',
    })
    .transform((url) => new URL(url).origin)
    .optional(),
})

/** Every variable the site's settings read. */
export const siteEnvVariables = Object.keys(siteEnvSchema.shape) as (keyof typeof siteEnvSchema.shape)[]

export function readSiteEnv(env: Record<string, string | undefined> = process.env) {
  const parsed = siteEnvSchema.safeParse({
    SITE_URL: env.SITE_URL || undefined,
    SANITY_STUDIO_URL: env.SANITY_STUDIO_URL || undefined,
  })
  if (!parsed.success) throw new Error(`Invalid site configuration: ${parsed.error.issues[0]?.message}`)
  return { siteUrl: parsed.data.SITE_URL, studioOrigin: parsed.data.SANITY_STUDIO_URL ?? null }
}

export const siteEnv = readSiteEnv()

/** `next dev`, where React's development build runs (Next sets NODE_ENV; the security policy needs it). */
export const isDevelopmentServer = process.env.NODE_ENV === 'development'
