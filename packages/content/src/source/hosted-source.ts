// Carries the Viewer token for draft reads: never part of a client bundle.
import 'server-only'

import { createClient, type FilteredResponseQueryOptions } from '@sanity/client'

import { boundedRead, defaultReadPolicy, type ReadPolicy } from './bounded-read'
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
  /** Timeout and retries of each read (bounded-read.ts); tests shorten them. */
  readPolicy?: ReadPolicy
}

/** The Content Lake through @sanity/client: published documents only (drafts too with `draft`). */
export function createHostedSource({
  projectId,
  dataset,
  apiVersion,
  apiHost,
  draft,
  readPolicy = defaultReadPolicy,
}: HostedSourceConfig): ContentSource {
  const client = createClient({
    projectId,
    dataset,
    apiVersion,
    // Published reads skip the CDN too: Next.js's data cache is the cache in front of the Content Lake,
    // and right after a publish the CDN may still answer with the old result, which the webhook's
    // revalidation would then store until the next change.
    useCdn: false,
    // Retries are boundedRead's, so that a read's worst case is known; the client's would multiply them.
    maxRetries: 0,
    ...(draft ? { perspective: 'drafts', token: draft.token } : { perspective: 'published' }),
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'hosted',
    // With tags the client goes through the global fetch, which Next.js tags and caches (without a
    // `next` or `cache` option it uses node:http, unseen by Next). The client types `next` from the
    // global RequestInit, which only Next.js's own types extend, hence the cast in this package.
    // The signal is not part of Next's cache key, so a read served from the data cache stays one; a
    // stale entry is refreshed in the background without it, as Next drops the signal there.
    fetch: (query, params = {}, { tags, keep = false } = {}) =>
      boundedRead(
        (signal) =>
          tags
            ? client.fetch(query, params, {
                next: { tags },
                ...(keep ? { cache: 'force-cache' } : {}),
                signal,
              } as unknown as FilteredResponseQueryOptions)
            : client.fetch(query, params, { signal }),
        readPolicy,
      ),
  }
}
