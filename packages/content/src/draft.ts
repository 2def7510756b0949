// Reads with the Viewer token: never part of a client bundle.
import 'server-only'

import { createClient, type SanityClient } from '@sanity/client'

import { createContentApi, type ContentApi } from './content-api'
import type { ContentConfig } from './env'
import { createHostedSource } from './source/hosted-source'

/**
 * Draft preview's access to the Content Lake, kept apart from the package's main entry so that only the
 * server code that holds the read token imports it. Only a hosted project has drafts: the bundled
 * dataset has none, so both functions answer null for it.
 */
export type HostedContentConfig = Extract<ContentConfig, { source: 'hosted' }>

/** The content API that preview pages render with: drafts over published documents, past the CDN. */
export function createDraftContentApi(config: ContentConfig, token: string): ContentApi | null {
  if (config.source !== 'hosted') return null
  return createContentApi(createHostedSource({ ...config, draft: { token } }))
}

/**
 * A client holding the read token, for next-sanity's preview-secret check: the secret the Presentation
 * tool writes is a private document that only an authenticated, uncached query can see.
 */
export function createPreviewSecretClient(config: ContentConfig, token: string): SanityClient | null {
  if (config.source !== 'hosted') return null
  const { projectId, dataset, apiVersion, apiHost } = config
  return createClient({
    projectId,
    dataset,
    apiVersion,
    token,
    useCdn: false,
    perspective: 'drafts',
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
}
