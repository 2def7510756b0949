import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createClient } from '@sanity/client'

import { createContentApi } from '../content-api'
import { startLocalContentLake } from '../testing/local-content-lake'
import { bundledDatasetPath } from './bundled-dataset'
import { createEmbeddedSource } from './embedded-source'
import { createHostedSource } from './hosted-source'

test('draft documents in an export reach neither source', async () => {
  const bundled = await readFile(bundledDatasetPath, 'utf8')
  const event = bundled
    .split('\n')
    .map((line) => (line ? (JSON.parse(line) as Record<string, unknown>) : null))
    .find((doc) => doc?._type === 'event')
  if (!event) throw new Error('the bundled dataset has no event')
  const draft = { ...event, _id: `drafts.${String(event._id)}`, title: 'Utkast som inte får synas' }
  const folder = await mkdtemp(join(tmpdir(), 'content-drafts-'))
  const path = join(folder, 'with-draft.ndjson')
  await writeFile(path, `${bundled.trimEnd()}\n${JSON.stringify(draft)}\n`)

  const lake = await startLocalContentLake('production', path)
  try {
    const sources = [
      createEmbeddedSource(path),
      createHostedSource({ projectId: 'drafts', dataset: 'production', apiVersion: '2025-02-19', apiHost: lake.url }),
    ]
    for (const source of sources) {
      const api = createContentApi(source)
      const slugs = await api.listEventSlugs()
      expect(slugs).toHaveLength(new Set(slugs).size)
      const page = await api.getEventPage(String((event.slug as { current: string }).current))
      expect(page?.title).toBe(event.title)
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
