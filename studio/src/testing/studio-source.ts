import type { CurrentUser, SanityClient, Source } from 'sanity'
import { createSourceFromConfig } from 'sanity'

import config from '../../sanity.config'

// Sanity's own Swedish strings would load lazily, past the end of a test; the Studio's Swedish
// titles under test are literals in this repository. (Hoisted above the imports by the transform.)
jest.mock('@sanity/locale-sv-se', () => ({ svSELocale: () => ({ name: 'locale-sv-se-stub' }) }))

export interface FakeClientCall {
  query: string
  params: Record<string, unknown>
}

/**
 * A client that answers every query with `answer` and records it. The config is what Sanity's
 * source creation reads (its realtime client is built from `url` but not connected).
 */
export function createFakeClient(answer: unknown = null) {
  const calls: FakeClientCall[] = []
  const client = {
    calls,
    withConfig: () => client,
    config: () => ({
      projectId: 'placeholder',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: 'http://127.0.0.1:9',
      url: 'http://127.0.0.1:9/v1',
      useProjectHostname: false,
    }),
    request: async () => {
      throw new Error('The fake client has no Content Lake behind it.')
    },
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      calls.push({ query, params })
      return answer
    },
  }
  return client as typeof client & SanityClient
}

const editor: CurrentUser = {
  id: 'editor',
  name: 'Redaktör',
  email: 'redaktor@bergslaget.se',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor' }],
}

/**
 * The Studio's real configuration resolved offline (`createSourceFromConfig` is Sanity's entry for
 * tests). It starts loading every UI string namespace without awaiting them; they are awaited here
 * so nothing is still running when the test file ends.
 */
export async function createStudioSource(client = createFakeClient()): Promise<Source> {
  const source = await createSourceFromConfig({ ...config, currentUser: editor, getClient: () => client })
  await source.i18n.loadNamespaces([
    'studio',
    'structure',
    'presentation',
    'vision',
    'tasks',
    'releases',
    'comments',
    'canvas',
    'singleDocRelease',
  ])
  // Sanity also starts converting the schema for upload, which the fake client refuses; awaited for
  // the same reason.
  await (
    source as unknown as { __internal: { schemaDescriptorId: Promise<unknown> } }
  ).__internal.schemaDescriptorId.catch(() => undefined)
  return source
}
