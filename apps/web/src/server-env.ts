// Holds the webhook secret and the read token: a client component that imports it fails the build.
import 'server-only'

import { z } from 'zod'

/**
 * Secrets the server needs for the hosted Content Lake's editing features, read once. Only route
 * handlers and server code import this; both are optional because the bundled dataset needs neither.
 * - SANITY_REVALIDATE_SECRET: the secret of the Sanity webhook that calls /api/revalidate.
 * - SANITY_API_READ_TOKEN: a Viewer token; draft preview reads drafts and checks preview secrets with it.
 */
const serverEnvSchema = z.object({
  SANITY_REVALIDATE_SECRET: z
    .string()
    .min(16, 'SANITY_REVALIDATE_SECRET must be at least 16 characters long')
    .optional(),
  SANITY_API_READ_TOKEN: z.string().min(1).optional(),
})

/** Every variable the server's secrets are read from. */
export const serverEnvVariables = Object.keys(serverEnvSchema.shape) as (keyof typeof serverEnvSchema.shape)[]

export interface ServerEnv {
  revalidateSecret: string | null
  readToken: string | null
}

export function readServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse({
    SANITY_REVALIDATE_SECRET: env.SANITY_REVALIDATE_SECRET || undefined,
    SANITY_API_READ_TOKEN: env.SANITY_API_READ_TOKEN || undefined,
  })
  if (!parsed.success) {
    throw new Error(
      `Invalid server configuration: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    )
  }
  return {
    revalidateSecret: parsed.data.SANITY_REVALIDATE_SECRET ?? null,
    readToken: parsed.data.SANITY_API_READ_TOKEN ?? null,
  }
}

export const serverEnv = readServerEnv()
