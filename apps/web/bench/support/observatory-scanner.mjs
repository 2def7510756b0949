// MDN's HTTP Observatory scanner (`@mdn/mdn-http-observatory`), the one behind developer.mozilla.org's
// Observatory, installed on first use into a cache folder outside the repository. Not a dependency of
// the repo: its install script downloads a CA bundle and the HSTS preload list, which fails offline and
// would fail `npm ci`; it is installed with `--ignore-scripts` instead, and the preload list it would
// have fetched is an empty one.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

/**
 * What the scanner's CLI prints (its `ScanResult`, less each test's description, which `describe` gives).
 *
 * @typedef {object} Scan
 * @property {{ grade: string, score: number, testsPassed: number, testsQuantity: number,
 *   statusCode: number, algorithmVersion: number, responseHeaders: Record<string, string> }} scan
 * @property {Record<string, ScanTest>} tests by the test's name, in the scanner's order
 */

/**
 * @typedef {object} ScanTest
 * @property {string} result e.g. `hsts-not-implemented`
 * @property {boolean} pass
 * @property {number} scoreModifier
 */

export const scannerVersion = '1.4.8'
const scannerPackage = '@mdn/mdn-http-observatory'
const cacheDir = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'bergslaget',
  `mdn-http-observatory-${scannerVersion}`,
)
/** @param {string} root */
const packageIn = (root) => join(root, 'node_modules', ...scannerPackage.split('/'))
const packageDir = packageIn(cacheDir)

/** Installs the pinned scanner into the cache unless it is there; returns a line saying which. */
export function installScanner() {
  if (existsSync(packageDir)) return `${scannerPackage} ${scannerVersion}`
  // Into a sibling folder, moved into place when done: an interrupted install is not taken for one.
  const partial = `${cacheDir}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial, { recursive: true })
  writeFileSync(join(partial, 'package.json'), '{ "private": true }\n')
  console.error(`Installing ${scannerPackage}@${scannerVersion} into ${cacheDir} (first run only) …`)
  // `--prefix` (over the npm_config_* that `npm run` passes on) keeps npm out of this workspace.
  const flags = ['--prefix', partial, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']
  execFileSync('npm', ['install', ...flags, `${scannerPackage}@${scannerVersion}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // The scanner reads the preload list on every scan. Empty, nothing is preloaded, so the HSTS and
  // redirection tests grade what the site sends (the real list names public domains, never localhost).
  writeFileSync(join(packageIn(partial), 'conf', 'hsts-preload.json'), '{}\n')
  rmSync(cacheDir, { recursive: true, force: true })
  renameSync(partial, cacheDir)
  return `${scannerPackage} ${scannerVersion} (installed)`
}

/**
 * Scans `hostname` (http:// and https:// on the standard ports) and returns the CLI's JSON, raw and
 * parsed. Throws with the scanner's own message when the scan fails (site down, an error status).
 *
 * @param {string} hostname
 * @param {string} caFile a CA certificate the scanner should trust besides Node's own
 * @returns {Promise<{ raw: string, result: Scan }>}
 */
export async function scan(hostname, caFile) {
  // The CLI's own script, not its `bin` wrapper: the wrapper sets NODE_EXTRA_CA_CERTS to the Mozilla
  // bundle that the skipped install script would have fetched, over the CA given here.
  const cli = join(packageDir, 'src', 'scan.js')
  const run = promisify(execFile)(process.execPath, [cli, hostname], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    maxBuffer: 16 * 1024 * 1024,
  })
  const { stdout } = await run.catch((/** @type {{ stdout?: string, message: string }} */ error) => {
    // On a failed scan the CLI prints `{"error": "…"}` and exits 1.
    throw new Error(`the scan failed: ${error.stdout?.trim() || error.message}`)
  })
  return { raw: stdout, result: JSON.parse(stdout) }
}

/**
 * The scanner's own sentence for a test's result, as plain text: the CLI leaves it out of its JSON, and
 * its grader keeps it as the HTML the Observatory's web page shows.
 *
 * @returns {Promise<(result: string) => string>}
 */
export async function scannerDescriptions() {
  /** @type {{ getScoreDescription: (result: string) => string }} */
  const grader = await import(pathToFileURL(join(packageDir, 'src', 'grader', 'grader.js')).href)
  return (result) =>
    grader
      .getScoreDescription(result)
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
}
