import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { validFixture } from '../validation/test-fixtures'

import { toNdjson } from './fault-fixture'
import { readDatasetFile } from './read-dataset-file'

// Archives are made with the system's tar, laid out as `sanity dataset export` lays them out.
async function archive(entries: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'content-check-'))
  for (const [name, text] of Object.entries(entries)) {
    await mkdir(join(dir, 'src', name, '..'), { recursive: true })
    await writeFile(join(dir, 'src', name), text)
  }
  const path = join(dir, 'export.tar.gz')
  execFileSync('tar', ['-czf', path, '-C', join(dir, 'src'), ...Object.keys(entries)])
  return path
}

describe('readDatasetFile', () => {
  const documents = validFixture()

  it('reads an NDJSON file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'content-check-')), 'production.ndjson')
    await writeFile(path, toNdjson(documents))
    expect(await readDatasetFile(path)).toEqual(documents)
  })

  it('reads data.ndjson out of a dataset export archive, beside assets', async () => {
    const path = await archive({
      'production-export-2026-11-26/assets.json': '{}',
      'production-export-2026-11-26/data.ndjson': toNdjson(documents),
    })
    expect(await readDatasetFile(path)).toEqual(documents)
  })

  it('finds data.ndjson under a folder name longer than a tar header holds', async () => {
    const folder = `production-${'x'.repeat(120)}`
    const path = await archive({ [`${folder}/data.ndjson`]: toNdjson(documents) })
    expect(await readDatasetFile(path)).toEqual(documents)
  })

  it('says so when an archive holds no data.ndjson', async () => {
    const path = await archive({ 'other/notes.txt': 'hej' })
    await expect(readDatasetFile(path)).rejects.toThrow('the archive holds no data.ndjson')
  })

  it('names the line that is not JSON', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'content-check-')), 'broken.ndjson')
    await writeFile(path, `${JSON.stringify(documents[0])}\n{not json\n`)
    await expect(readDatasetFile(path)).rejects.toThrow(`${path}:2: not valid JSON`)
  })
})
