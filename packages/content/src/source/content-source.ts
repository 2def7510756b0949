export type QueryParams = Record<string, string | number | boolean | null>

export interface FetchOptions {
  /**
   * Cache tags for what the query reads (see cache-tags.ts). The hosted source hands them to Next.js's
   * data cache, so a webhook can refresh the pages built from this read; the embedded source, whose
   * data changes only with a new build, has no use for them.
   */
  tags?: string[]
}

/** The one thing both backends do: run a GROQ query against the published documents. */
export interface ContentSource {
  readonly kind: 'embedded' | 'hosted'
  fetch(query: string, params?: QueryParams, options?: FetchOptions): Promise<unknown>
}
