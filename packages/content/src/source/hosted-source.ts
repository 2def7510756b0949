import { createClient } from '@sanity/client'

import type { ContentSource } from './content-source'

export interface HostedSourceConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** Set only to point the client at something other than the Content Lake (tests, proxies). */
  apiHost?: string
}

/** The Content Lake through @sanity/client: published documents only, from the CDN. */
export function createHostedSource({
  projectId,
  dataset,
  apiVersion,
  apiHost,
}: HostedSourceConfig): ContentSource {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    perspective: 'published',
    useCdn: true,
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'hosted',
    fetch: (query, params = {}) => client.fetch(query, params),
  }
}
