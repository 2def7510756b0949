import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import { freePort, waitUntilAnswering, type RunningServer } from './server.mjs'

/**
 * The site started the way a host starts it: the README's own command (`npm start`, which builds and
 * then serves through turbo) in a checkout of the repository, with the configuration in the
 * environment. Not `next start` with a hand-made environment: that is how the webhook secret once went
 * missing in production while every test passed (turbo hands a task only the variables turbo.json
 * declares).
 *
 * The checkout is a copy of the working tree under `.jest-cache/` (the files git would commit, so it
 * is what a fresh clone of this change holds), with `node_modules` hard-linked rather than installed:
 * `npm ci` is the one step a host runs that this leaves out. A copy, because the build writes
 * apps/web/.next, which the rest of the suite is serving. Its `.next/cache` is kept between runs.
 */
export function checkoutCopy(repoRoot: string, name: string): string {
  const copy = join(repoRoot, '.jest-cache', name)
  const nextCache = join(copy, 'apps/web/.next/cache')
  const keptCache = join(repoRoot, '.jest-cache', `${name}-next-cache`)
  rmSync(keptCache, { recursive: true, force: true })
  if (existsSync(nextCache)) renameSync(nextCache, keptCache)
  rmSync(copy, { recursive: true, force: true })

  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`)
  const tracked = files.stdout.split('\0').filter(Boolean)
  for (const file of tracked) {
    // A file deleted in the working tree but not yet in git's index is not part of the change.
    if (existsSync(join(repoRoot, file))) cpSync(join(repoRoot, file), join(copy, file))
  }
  // npm may install a workspace's dependencies in the workspace's own node_modules rather than the
  // root's (apps/web's calendar packages are), so each package's is linked, the root's among them.
  for (const dir of tracked.filter((file) => basename(file) === 'package.json').map(dirname)) {
    const modules = join(repoRoot, dir, 'node_modules')
    if (!existsSync(modules)) continue
    const link = spawnSync('cp', ['-al', modules, join(copy, dir, 'node_modules')])
    if (link.status !== 0) throw new Error(`hard-linking ${modules} failed: ${String(link.stderr)}`)
  }

  if (existsSync(keptCache)) {
    mkdirSync(join(copy, 'apps/web/.next'), { recursive: true })
    renameSync(keptCache, nextCache)
  }
  return copy
}

/** The command of the README's production section, and the variables it sets. */
export function readmeProductionCommand(repoRoot: string): { command: string[]; variables: string[] } {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const section = /^## Production\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1]
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('README.md has no "## Production" section with a sh code block')
  const line = block
    .replace(/\\\n/g, ' ')
    .split('\n')
    .find((candidate) => /\bnpm start\b/.test(candidate))
  if (!line) throw new Error("the README's production block does not run npm start")
  const words = line.trim().split(/\s+/)
  const variables = words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split('=')[0] ?? '')
  return { command: words.filter((word) => !/^[A-Z_]+=/.test(word)), variables }
}

/**
 * Runs `command` (the README's) in `checkout` with `env` added to a clean copy of this environment, and
 * waits until the site answers on `env.PORT`. The first start builds, so it may take minutes.
 */
export async function startDeployed(
  checkout: string,
  command: string[],
  env: Record<string, string>,
): Promise<RunningServer & { output: () => string }> {
  const port = Number(env.PORT ?? (await freePort()))
  const [program, ...args] = command
  if (!program) throw new Error('no command to start the site with')
  // What a host's shell would hold: not jest's NODE_ENV=test, nor the suite's own variables.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('E2E_')),
  )
  const childEnv: Record<string, string | undefined> = { ...inherited, ...env, PORT: String(port) }
  const child = spawn(program, args, {
    cwd: checkout,
    // Next's types make NODE_ENV required in every environment; here it is left unset on purpose.
    env: childEnv as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  child.stdout.on('data', (chunk) => output.push(String(chunk)))
  child.stderr.on('data', (chunk) => output.push(String(chunk)))
  const server = await waitUntilAnswering(child, `http://localhost:${port}`, output, 600_000)
  return { ...server, output: () => output.join('') }
}

/**
 * The site started as deployed in embedded mode on `datasetFile` (an NDJSON export with test content)
 * in the checkout copy `name`; the hosted variables are set empty, which counts as unset.
 */
export async function startDeployedOnDataset(repoRoot: string, name: string, datasetFile: string) {
  const checkout = checkoutCopy(repoRoot, name)
  const server = await startDeployed(checkout, readmeProductionCommand(repoRoot).command, {
    CONTENT_DATASET_FILE: datasetFile,
    SANITY_PROJECT_ID: '',
    SANITY_DATASET: '',
  })
  return { checkout, server }
}
