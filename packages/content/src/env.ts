import { existsSync } from 'node:fs'
import { isAbsolute } from 'node:path'

import { z } from 'zod'

/**
 * The only place that reads the content configuration from the environment. Both hosted variables
 * or neither: a half-set configuration is a mistake we stop at start-up rather than silently falling
 * back to the bundled dataset.
 */
const contentEnvSchema = z
  .object({
    SANITY_PROJECT_ID: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'SANITY_PROJECT_ID may hold only a-z, 0-9 and -')
      .optional(),
    SANITY_DATASET: z
      .string()
      .regex(/^[a-z0-9_-]+$/, 'SANITY_DATASET may hold only a-z, 0-9, _ and -')
      .optional(),
    SANITY_API_VERSION: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'SANITY_API_VERSION must be a date like 2025-02-19')
      .default('2025-02-19'),
    /** Only for tests and proxies: where the Content Lake API answers instead of <projectId>.api.sanity.io. */
    SANITY_API_HOST: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * The embedded source's NDJSON file instead of the bundled dataset: an export to try the site on,
     * a generated archive for benchmarks, a dataset with planted faults for tests. Absolute, so it means
     * the same whichever workspace a command runs in.
     */
    CONTENT_DATASET_FILE: z
      .string()
      .refine(isAbsolute, 'CONTENT_DATASET_FILE must be an absolute path')
      .refine(existsSync, 'CONTENT_DATASET_FILE names no file')
      .optional(),
  })
  .superRefine((env, ctx) => {
    const missing = (['SANITY_PROJECT_ID', 'SANITY_DATASET'] as const).filter((key) => !env[key])
    if (missing.length === 1) {
      ctx.addIssue({
        code: 'custom',
        path: missing,
        message: `${missing[0]} is not set; set both SANITY_PROJECT_ID and SANITY_DATASET for the hosted source, or neither for the bundled dataset`,
      })
    }
    if (missing.length === 0 && env.CONTENT_DATASET_FILE) {
      ctx.addIssue({
        code: 'custom',
        path: ['CONTENT_DATASET_FILE'],
        message: 'CONTENT_DATASET_FILE is for the embedded source; unset it or the hosted variables',
      })
    }
  })

export type ContentConfig =
  | { source: 'embedded'; datasetFile?: string }
  | { source: 'hosted'; projectId: string; dataset: string; apiVersion: string; apiHost?: string }

export function readContentConfig(env: Record<string, string | undefined> = process.env): ContentConfig {
  const parsed = contentEnvSchema.safeParse(emptyAsUnset(env))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid content configuration:\n${problems.join('\n')}`)
  }
  const {
    SANITY_PROJECT_ID: projectId,
    SANITY_DATASET: dataset,
    SANITY_API_VERSION: apiVersion,
  } = parsed.data
  if (!projectId || !dataset) {
    const datasetFile = parsed.data.CONTENT_DATASET_FILE
    return datasetFile ? { source: 'embedded', datasetFile } : { source: 'embedded' }
  }
  return { source: 'hosted', projectId, dataset, apiVersion, apiHost: parsed.data.SANITY_API_HOST }
}

let configured: ContentConfig | undefined

/**
 * This process's configuration, parsed from its environment once and reused by every reader (the
 * content source, the image source, draft preview), rather than once per call or per image rendered.
 */
export function contentConfig(): ContentConfig {
  configured ??= readContentConfig()
  return configured
}

/** Every variable the content configuration reads (turbo.json must let each reach the build and server). */
export const contentEnvVariables = Object.keys(
  contentEnvSchema.shape,
) as (keyof typeof contentEnvSchema.shape)[]

function emptyAsUnset(env: Record<string, string | undefined>) {
  return Object.fromEntries(contentEnvVariables.map((key) => [key, env[key] === '' ? undefined : env[key]]))
}
