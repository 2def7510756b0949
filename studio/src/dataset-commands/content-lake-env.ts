import { parseStudioEnv } from '../env'

export interface ContentLakeTarget {
  projectId: string
  dataset: string
}

export type EnvResult = { ok: true; target: ContentLakeTarget } | { ok: false; message: string }

const REQUIRED = {
  SANITY_STUDIO_PROJECT_ID: 'the Sanity project id (sanity.io/manage)',
  SANITY_STUDIO_DATASET: 'the dataset, e.g. production',
  SANITY_AUTH_TOKEN: 'an API token of the project (Editor to import, Viewer to export)',
} as const

/**
 * What `dataset:import` and `dataset:export` need before they may start the Sanity CLI. The Studio's
 * own env falls back to a placeholder project so builds run offline; against the Content Lake that
 * fallback would make the CLI ask for a login or a project (hang) or reach the network for
 * nothing, so here every variable is required and the dataset is never assumed.
 */
export function readContentLakeEnv(env: Record<string, string | undefined>): EnvResult {
  const missing = (Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]).filter((name) => !env[name]?.trim())
  if (missing.length > 0) {
    return {
      ok: false,
      message: [
        `Missing environment: ${missing.join(', ')}.`,
        ...missing.map((name) => `  ${name}: ${REQUIRED[name]}`),
        'Nothing was sent to Sanity. See "Content round trip" in README.md.',
      ].join('\n'),
    }
  }
  try {
    return {
      ok: true,
      target: parseStudioEnv({ projectId: env.SANITY_STUDIO_PROJECT_ID, dataset: env.SANITY_STUDIO_DATASET }),
    }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}
