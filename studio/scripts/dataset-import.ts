// `npm run dataset:import -- [file] [--replace]`, run through `sanity exec` (see content-check.ts).
import { bundledDatasetPath } from '@bergslaget/content/dataset'

import { readContentLakeEnv } from '../src/dataset-commands/content-lake-env'
import { planImport } from '../src/dataset-commands/dataset-plans'
import { runSanityCli } from '../src/dataset-commands/run-sanity-cli'

async function main(): Promise<number> {
  const env = readContentLakeEnv(process.env)
  if (!env.ok) return fail(env.message)
  // INIT_CWD: where the command was typed (npm runs this inside studio/).
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const plan = planImport(process.argv.slice(2), env.target, { cwd, bundled: bundledDatasetPath })
  if (!plan.ok) return fail(plan.message)

  // Nothing that the Studio would refuse goes into the Content Lake. Loaded only now: the schema
  // and `sanity` take seconds to load, and a missing variable should be reported at once.
  const { runContentCheck } = await import('../src/content-check/run-content-check')
  const check = await runContentCheck(plan.file, cwd)
  console.log(check.text)
  if (check.exitCode !== 0) return fail('Not imported: fix the errors above first.')

  console.log(
    `\nImporting into ${env.target.projectId}/${env.target.dataset}: sanity ${plan.cliArgs.join(' ')}`,
  )
  return runSanityCli(plan.cliArgs)
}

function fail(message: string): number {
  console.error(message)
  return 1
}

process.exitCode = await main()
