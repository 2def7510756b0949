import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const studio = fileURLToPath(new URL('../..', import.meta.url))

/** Runs the Studio's own `sanity` CLI (the installed version, in studio/) and resolves to its exit code. */
export function runSanityCli(args: readonly string[]): Promise<number> {
  const bin = join(dirname(createRequire(import.meta.url).resolve('sanity/package.json')), 'bin/sanity')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: studio, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
}
