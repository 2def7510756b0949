import { createClient } from '@sanity/client'

import { createContentApi } from '../content-api'
import { writeDatasetVariant } from '../testing/dataset-variant'
import { startLocalContentLake } from '../testing/local-content-lake'

import { createEmbeddedSource } from './embedded-source'
import { createHostedSource } from './hosted-source'
import type { SanityDocument } from './load-dataset'

test('draft documents in an export reach neither source', async () => {
  let event: SanityDocument | undefined
  const path = await writeDatasetVariant((documents) => {
    event = documents.find((doc) => doc._type === 'event')
    if (!event) throw new Error('the bundled dataset has no event')
    return [...documents, { ...event, _id: `drafts.${event._id}`, title: 'Utkast som inte får synas' }]
  })
  const slug = (event?.slug as { current: string }).current

  const lake = await startLocalContentLake('production', path)
  try {
    const sources = [
      createEmbeddedSource(path),
      createHostedSource({
        projectId: 'drafts',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: lake.url,
      }),
    ]
    for (const source of sources) {
      const api = createContentApi(source)
      expect(await api.listEventSlugs()).toEqual([slug])
      expect((await api.getEventPage(slug))?.title).toBe(event?.title)
      expect(await source.fetch('count(*[_id in path("drafts.**")])')).toBe(0)
    }
    // The draft is in the export: a client asking for the raw perspective sees it, so the sources hid it.
    const raw = createClient({
      projectId: 'drafts',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: lake.url,
      useProjectHostname: false,
      useCdn: false,
      perspective: 'raw',
    })
    expect(await raw.fetch('count(*[_id in path("drafts.**")])')).toBe(1)
  } finally {
    await lake.close()
  }
})
