import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { bundledDatasetPath } from '@bergslaget/content/dataset'

import { npmRun, type NpmRun } from '../testing/npm-run'

import { faultyFixture, toNdjson } from './fault-fixture'

const contentCheck = (...args: string[]) => npmRun('content:check', args)

describe('npm run content:check', () => {
  const { documents, faults } = faultyFixture()
  let bundled: NpmRun
  let faulty: NpmRun

  // Both runs start together: each loads the Sanity CLI and the Studio schema in its own process
  // (~12 s alone). `.tar.gz` reading is covered in read-dataset-file.test.ts, without a process.
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'content-check-cli-'))
    const faultsPath = join(dir, 'faults.ndjson')
    await writeFile(faultsPath, toNdjson(documents))
    ;[bundled, faulty] = await Promise.all([contentCheck(), contentCheck(faultsPath)])
  }, 180_000)

  it('passes the bundled dataset when no file is named', () => {
    expect(bundled.stdout).toMatch(/^Checked \d+ documents in /)
    expect(bundled.stdout).toContain(bundledDatasetPath)
    expect(bundled.stdout).toContain('No problems found.')
    expect(bundled.code).toBe(0)
  })

  it('fails a file with faults and names each faulty document with its finding', () => {
    expect(faulty.code).toBe(1)
    const sections = faulty.stdout.split('\n\n')
    for (const { documentId, level, path } of faults) {
      const section = sections.find((text) => text.startsWith(`${documentId} (`))
      expect(section).toContain(`${level.padEnd(7)} ${path}: `)
    }
    expect(faulty.stdout).toContain('7 errors, 1 warning in 7 documents.')
  })
})
