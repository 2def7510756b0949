import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const studio = fileURLToPath(new URL('../..', import.meta.url))

export interface NpmRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * `npm run <script> -- args` in the Studio, as a user runs it, with exactly the `SANITY_*`
 * variables given (none from the machine running the tests) and npm's update check off.
 */
export function npmRun(script: string, args: readonly string[], sanityEnv: Record<string, string> = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_')))
  return new Promise<NpmRun>((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      {
        cwd: studio,
        env: {
          ...env,
          ...sanityEnv,
          DO_NOT_TRACK: '1',
          NO_UPDATE_NOTIFIER: '1',
          npm_config_update_notifier: 'false',
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    )
  })
}
