// `npm run dataset:export -- [file.ndjson | file.tar.gz]`, run through `sanity exec` (see content-check.ts).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { dataNdjsonIn } from '../src/content-check/read-dataset-file'
import { readContentLakeEnv } from '../src/dataset-commands/content-lake-env'
import { planExport } from '../src/dataset-commands/dataset-plans'
import { runSanityCli } from '../src/dataset-commands/run-sanity-cli'

async function main(): Promise<number> {
  const env = readContentLakeEnv(process.env)
  if (!env.ok) return fail(env.message)
  const scratch = await mkdtemp(join(tmpdir(), 'dataset-export-'))
  try {
    // INIT_CWD: where the command was typed (npm runs this inside studio/).
    const plan = planExport(process.argv.slice(2), env.target, {
      cwd: process.env.INIT_CWD ?? process.cwd(),
      scratchArchive: join(scratch, 'export.tar.gz'),
    })
    if (!plan.ok) return fail(plan.message)
    const code = await runSanityCli(plan.cliArgs)
    if (code !== 0 || !plan.extractNdjson) return code

    const data = dataNdjsonIn(await readFile(plan.archive))
    if (!data) return fail(`The export archive holds no data.ndjson (${plan.archive}).`)
    await mkdir(dirname(plan.file), { recursive: true })
    await writeFile(plan.file, data)
    console.log(`Wrote ${plan.file}. Check it with: npm run content:check -- ${plan.file}`)
    return 0
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

function fail(message: string): number {
  console.error(message)
  return 1
}

process.exitCode = await main()
