import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

/**
 * A production build of the site in hosted mode, for the end-to-end tests of publishing and preview
 * (`e2e/hosted-mode.test.ts`, which builds it once for both).
 *
 * Built in a copy of apps/web under the repository's `.jest-cache/` (git-ignored), not with another
 * `distDir` in place: `next build` rewrites tsconfig.json and next-env.d.ts to point at its distDir's
 * types, which would change tracked files and the embedded build's type setup. The copy sits two levels
 * below the root like apps/web, so its tsconfig's `extends` and the workspace's node_modules (next,
 * @bergslaget/content) resolve as they do for the real app. Its `.next/cache` is kept between runs.
 */
export async function buildHostedSite(webRoot: string, env: Record<string, string>) {
  const repoRoot = join(webRoot, '..', '..')
  const copy = join(repoRoot, '.jest-cache', 'e2e-hosted-web')
  mkdirSync(copy, { recursive: true })
  rmSync(join(copy, 'src'), { recursive: true, force: true })
  cpSync(join(webRoot, 'src'), join(copy, 'src'), {
    recursive: true,
    filter: (path) => !/\.test\.tsx?$/.test(path),
  })
  for (const file of ['package.json', 'next.config.ts', 'tsconfig.json']) {
    cpSync(join(webRoot, file), join(copy, file))
  }

  const nextBin = createRequire(join(webRoot, 'package.json')).resolve('next/dist/bin/next')
  const started = performance.now()
  const output: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: copy,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => output.push(String(chunk)))
    child.stderr.on('data', (chunk) => output.push(String(chunk)))
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) {
    throw new Error(`hosted next build in ${relative(repoRoot, copy)} failed (${code}):\n${output.join('')}`)
  }
  return { webRoot: copy, buildMs: performance.now() - started }
}
