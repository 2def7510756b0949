// Starts the production server (`npm start`'s server.mjs) of an existing `next build` on a free port, for the
// end-to-end suite, the screenshots and the benchmarks. Plain ESM, shared with jest.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

const readyTimeoutMs = 60_000

/**
 * @typedef {object} RunningServer
 * @property {string} baseUrl e.g. http://localhost:41234, no trailing slash
 * @property {number} port
 * @property {() => Promise<void>} stop
 */

/**
 * Fails with a clear message when apps/web has no production build (the turbo `build` task makes it).
 *
 * @param {string} webRoot
 */
export function assertBuilt(webRoot) {
  if (!existsSync(join(webRoot, '.next', 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${join(webRoot, '.next')}: run \`npm run build\` (or \`npx next build\` in apps/web) first.`,
    )
  }
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * @param {number} ms
 * @returns {Promise<void>}
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * @param {{ webRoot: string, quiet?: boolean, env?: Record<string, string> }} options quiet: keep the
 *   server's stderr to the failure message instead of forwarding it (the benchmark's table stays
 *   readable). env: added to this process's environment for the server (the hosted-mode test's).
 */
export async function startServer({ webRoot, quiet = false, env = {} }) {
  assertBuilt(webRoot)
  const port = await freePort()
  // The server `npm start` runs (server.mjs: Next's own, behind a guard). Its own process group, so
  // stopping it also stops anything it forked.
  const child = spawn(process.execPath, [join(webRoot, 'server.mjs')], {
    cwd: webRoot,
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  /** @type {string[]} */
  const output = []
  child.stdout.on('data', (chunk) => output.push(String(chunk)))
  child.stderr.on('data', (chunk) => {
    output.push(String(chunk))
    if (!quiet) process.stderr.write(`[server] ${chunk}`)
  })
  return waitUntilAnswering(child, `http://localhost:${port}`, output, readyTimeoutMs)
}

/** @param {string} baseUrl */
async function answersSuccess(baseUrl) {
  const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) })
  await response.arrayBuffer()
  return response.ok
}

/**
 * Waits until the server `child` started (in its own process group, `detached`) answers `/` with a
 * success, and returns how to stop it: the whole group, so a wrapper (npm, turbo) takes its server
 * along. Fails with the server's output if it exits first or does not answer within `timeoutMs`.
 *
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} baseUrl
 * @param {string[]} output what the server has printed so far (kept growing by the caller)
 * @param {number} timeoutMs
 * @param {(baseUrl: string) => Promise<boolean>} [answers] whether it answers yet (may throw for no);
 *   by default a success for `/` through `fetch`. The Observatory benchmark's TLS terminator passes its
 *   own: `fetch` cannot be told to trust a throwaway certificate.
 * @returns {Promise<RunningServer>}
 */
export async function waitUntilAnswering(child, baseUrl, output, timeoutMs, answers = answersSuccess) {
  // Node sets one of the two before it emits 'exit'; asked each time rather than copied from the event
  // into a variable, which TypeScript could not see change inside the loop below.
  const exitStatus = () => child.exitCode ?? child.signalCode
  /** @param {NodeJS.Signals} signal */
  const killGroup = (signal) => {
    // No pid: the server never started, so there is nothing to stop.
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  // A crashed or interrupted runner must not leave the server behind.
  const onExit = () => killGroup('SIGKILL')
  process.once('exit', onExit)

  const stop = async () => {
    process.removeListener('exit', onExit)
    if (exitStatus() !== null) return
    const gone = new Promise((resolve) => child.once('exit', resolve))
    killGroup('SIGTERM')
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000)
    await gone
    clearTimeout(timer)
  }

  const deadline = Date.now() + timeoutMs
  for (;;) {
    const status = exitStatus()
    if (status !== null) {
      throw new Error(`the server exited (${status}) before answering:\n${output.join('')}`)
    }
    try {
      if (await answers(baseUrl)) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(
        `the server did not answer on ${baseUrl} within ${timeoutMs / 1000} s:\n${output.join('')}`,
      )
    }
    await sleep(250)
  }
  return { baseUrl, port: Number(new URL(baseUrl).port), stop }
}
