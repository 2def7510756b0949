export interface StudioEnv {
  projectId: string
  dataset: string
}

const PROJECT_ID = /^[a-z0-9][a-z0-9-]*$/
const DATASET = /^[a-z0-9][a-z0-9_-]{0,63}$/

/**
 * Placeholders when unset, so `sanity build`, `schema extract` and `typegen` run offline without an
 * account; a value that is set but malformed stops the build with a clear message.
 */
export function parseStudioEnv(raw: { projectId?: string; dataset?: string }): StudioEnv {
  const projectId = raw.projectId?.trim() || 'placeholder'
  const dataset = raw.dataset?.trim() || 'production'
  if (!PROJECT_ID.test(projectId)) {
    throw new Error(`SANITY_STUDIO_PROJECT_ID "${projectId}" is not a Sanity project id (a–z, 0–9, "-").`)
  }
  if (!DATASET.test(dataset)) {
    throw new Error(
      `SANITY_STUDIO_DATASET "${dataset}" is not a dataset name (a–z, 0–9, "_", "-", at most 64).`,
    )
  }
  return { projectId, dataset }
}

// The Studio's only read of the environment. Vite replaces each `process.env.SANITY_STUDIO_*`
// member in the browser bundle, so the variables are named one by one, not passed as an object.
export const studioEnv = parseStudioEnv({
  projectId: process.env.SANITY_STUDIO_PROJECT_ID,
  dataset: process.env.SANITY_STUDIO_DATASET,
})

/**
 * The site the Presentation tool previews (SANITY_STUDIO_PREVIEW_URL): its origin only, the local
 * `next dev` when unset. Malformed, it stops the build rather than opening a blank preview.
 */
export function parsePreviewOrigin(raw: string | undefined): string {
  const value = raw?.trim() || 'http://localhost:3000'
  let url: URL | null = null
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `SANITY_STUDIO_PREVIEW_URL "${value}" is not an http(s) address, e.g. https://bergslaget.se.`,
    )
  }
  return url.origin
}

export const previewOrigin = parsePreviewOrigin(process.env.SANITY_STUDIO_PREVIEW_URL)

/**
 * Where TypeGen writes; only the drift check (scripts/check-typegen.mjs) sets TYPEGEN_OUT_DIR, to
 * generate into a scratch folder and compare with the committed files. Read by the CLI config only.
 */
export function typegenPaths(outDir = process.env.TYPEGEN_OUT_DIR) {
  return outDir
    ? { schema: `${outDir}/schema.json`, generates: `${outDir}/sanity.types.ts` }
    : { schema: './schema.json', generates: '../packages/content/src/sanity.types.ts' }
}
