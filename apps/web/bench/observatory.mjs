#!/usr/bin/env node
// `npm run bench:observatory`: MDN's HTTP Observatory scanner grades the HTTP headers of the production
// build, served as a host serves it: the production server behind a TLS terminator (Debian's nginx, a throwaway
// certificate for localhost, plain HTTP redirected to HTTPS). Prints the grade, the score and every test
// in a table; with `--json`, the scanner's JSON instead (on stdout, progress on stderr). A benchmark,
// not a test: not part of `npm test`, no thresholds; it exits non-zero when the scan itself fails, never
// for a low grade. Offline, but for installing the scanner from the npm registry on the first run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { startServer } from '../e2e/support/server.mjs'

import { markdownTable } from './support/markdown-table.mjs'
import { installScanner, scan, scannerDescriptions } from './support/observatory-scanner.mjs'
import { findNginx, hostname, nginxInstall, startTlsTerminator } from './support/tls-terminator.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const json = process.argv.includes('--json')
const log = json ? console.error : console.log
const nginx = findNginx() ?? noNginx()

/** @returns {never} */
function noNginx() {
  console.error(`No nginx on PATH or in /usr/sbin: install Debian's, \`${nginxInstall}\`.`)
  process.exit(1)
}

const scanner = installScanner()
const workDir = mkdtempSync(join(tmpdir(), 'bergslaget-observatory-'))
/** @type {(() => Promise<void>)[]} the servers started, to stop in reverse order */
const stops = []
/** @type {Awaited<ReturnType<typeof scan>>} */
let scanned
try {
  const server = await startServer({ webRoot, quiet: true })
  stops.unshift(server.stop)
  const terminator = await startTlsTerminator({ nginx, dir: workDir, upstreamPort: server.port })
  stops.unshift(terminator.stop)
  log(`${scanner}, ${nginx}: http://${hostname} → https://${hostname} → the site at ${server.baseUrl}`)
  scanned = await scan(hostname, terminator.caFile)
} finally {
  for (const stop of stops) await stop()
  rmSync(workDir, { recursive: true, force: true })
}

if (json) {
  process.stdout.write(scanned.raw)
} else {
  const { scan: summary, tests } = scanned.result
  const describe = await scannerDescriptions()
  const header = ['test', 'pass', 'score', 'result', "the scanner's text"]
  const rows = Object.entries(tests).map(([name, test]) => [
    name,
    test.pass ? 'pass' : 'FAIL',
    test.scoreModifier > 0 ? `+${test.scoreModifier}` : String(test.scoreModifier),
    test.result,
    describe(test.result),
  ])
  console.log(
    `\nGrade ${summary.grade}, score ${summary.score} (0–100, more with extra credit), ` +
      `${summary.testsPassed} of ${summary.testsQuantity} tests passed, https://${hostname}/ answered ${summary.statusCode}:\n`,
  )
  console.log(markdownTable(header, rows))
}
