import { createClient, type FilteredResponseQueryOptions } from '@sanity/client'

import type { ContentSource } from './content-source'

export interface HostedSourceConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** Set only to point the client at something other than the Content Lake (tests, proxies). */
  apiHost?: string
  /**
   * Draft preview only: read drafts over published documents with this Viewer token, past the CDN.
   * Next's fetch skips its data cache while draft mode is on, so a draft is never stored for visitors.
   */
  draft?: { token: string }
}

/** The Content Lake through @sanity/client: published documents only (drafts too with `draft`). */
export function createHostedSource({
  projectId,
  dataset,
  apiVersion,
  apiHost,
  draft,
}: HostedSourceConfig): ContentSource {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    // Published reads skip the CDN too: Next.js's data cache is the cache in front of the Content Lake,
    // and right after a publish the CDN may still answer with the old result, which the webhook's
    // revalidation would then store until the next change.
    useCdn: false,
    ...(draft ? { perspective: 'drafts', token: draft.token } : { perspective: 'published' }),
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'hosted',
    // With tags the client goes through the global fetch, which Next.js tags and caches (without a
    // `next` or `cache` option it uses node:http, unseen by Next). The client types `next` from the
    // global RequestInit, which only Next.js's own types extend, hence the cast in this package.
    fetch: (query, params = {}, { tags } = {}) =>
      tags
        ? client.fetch(query, params, { next: { tags } } as unknown as FilteredResponseQueryOptions)
        : client.fetch(query, params),
  }
}
