import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { faultyFixture, toNdjson } from '../content-check/fault-fixture'
import { npmRun, type NpmRun } from '../testing/npm-run'

// Neither run may reach Sanity: both stop before the CLI is started (the project id below does
// not exist, and no test has a network).
describe('dataset:import and dataset:export without a usable setup', () => {
  let exportWithoutEnv: NpmRun
  let importOfFaultyFile: NpmRun

  beforeAll(async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dataset-import-')), 'faults.ndjson')
    await writeFile(file, toNdjson(faultyFixture().documents))
    ;[exportWithoutEnv, importOfFaultyFile] = await Promise.all([
      npmRun('dataset:export', [], {}),
      npmRun('dataset:import', [file], {
        SANITY_STUDIO_PROJECT_ID: 'abc123',
        SANITY_STUDIO_DATASET: 'staging',
        SANITY_AUTH_TOKEN: 'not-a-token',
      }),
    ])
  }, 180_000)

  it('fails at once and names each missing variable', () => {
    expect(exportWithoutEnv.code).toBe(1)
    expect(exportWithoutEnv.stderr).toContain(
      'Missing environment: SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET, SANITY_AUTH_TOKEN.',
    )
    expect(exportWithoutEnv.stdout).not.toContain('Exporting from')
  })

  it('refuses to import a file that content:check fails', () => {
    expect(importOfFaultyFile.code).toBe(1)
    expect(importOfFaultyFile.stdout).toContain('7 errors, 1 warning in 7 documents.')
    expect(importOfFaultyFile.stderr).toContain('Not imported: fix the errors above first.')
    expect(importOfFaultyFile.stdout).not.toContain('Importing into')
  })
})
