import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { validFixture } from '../validation/test-fixtures'

import { toNdjson } from './fault-fixture'
import { runContentCheck } from './run-content-check'

describe('runContentCheck', () => {
  it('reads a relative path from where the command was typed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'content-check-'))
    await writeFile(join(dir, 'valid.ndjson'), toNdjson(validFixture()))
    const result = await runContentCheck('valid.ndjson', dir)
    expect(result.text.split('\n')[0]).toBe(
      `Checked ${validFixture().length} documents in ${dir}/valid.ndjson`,
    )
    expect(result.exitCode).toBe(0)
  }, 60_000)

  it('fails with the reason when the file cannot be read', async () => {
    expect(await runContentCheck('missing.ndjson', '/nonexistent')).toEqual({
      text: expect.stringMatching(/^Cannot check \/nonexistent\/missing\.ndjson: ENOENT/),
      exitCode: 1,
    })
  })
})
