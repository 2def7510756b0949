/** A query's parameters: single values, or a list of strings (the ids of one page of a list, `$ids`). */
export type QueryParams = Record<string, string | number | boolean | null | readonly string[]>

export interface FetchOptions {
  /**
   * Cache tags for what the query reads (see cache-tags.ts). The hosted source hands them to Next.js's
   * data cache, so a webhook can refresh the pages built from this read; the embedded source, whose
   * data changes only with a new build, has no use for them.
   */
  tags?: string[]
  /**
   * Keep the result in Next.js's data cache until one of its tags is revalidated, rather than reading it
   * anew whenever a page is rendered. For the read every page shares (the footer's contact details): one
   * query per change instead of one per page render, and a page rendered while the Content Lake is down
   * still gets its header and footer, so it can show the Swedish error page inside them. Not for reads
   * whose result moves with the clock (`now()` in "upcoming"), which the routes rebuild hourly.
   */
  keep?: boolean
}

/** The one thing both backends do: run a GROQ query against the published documents. */
export interface ContentSource {
  readonly kind: 'embedded' | 'hosted'
  fetch(query: string, params?: QueryParams, options?: FetchOptions): Promise<unknown>
}
