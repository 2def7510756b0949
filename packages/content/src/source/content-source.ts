export type QueryParams = Record<string, string | number | boolean | null>

/** The one thing both backends do: run a GROQ query against the published documents. */
export interface ContentSource {
  readonly kind: 'embedded' | 'hosted'
  fetch(query: string, params?: QueryParams): Promise<unknown>
}
