// What `npm run content:check -- <file>` costs as the dataset grows (issue 12, point 4): the real command,
// typed at the repo root as a user types it, on the bundled dataset and on generated ones of about 4,000
// and 20,000 documents. Run with `npm run bench:content-check` in studio/; it prints one table with the
// wall time, the peak memory and the checker's error count per size, and the growth between sizes, so
// that "linear" can be read off. It measures only. Jest runs it (as bench:queries in the content
// package) for the TypeScript and for the generator, which the content package exports to tests only.
//
// CONTENT_CHECK_BENCH_FILES=a.ndjson,b.ndjson checks those files instead of the three sizes;
// CONTENT_CHECK_BENCH_CAP_S (default 600) stops a run that takes longer and reports it as unfinished.
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { bundledDatasetPath } from '@bergslaget/content/dataset'
import {
  benchmarkDatasetSize,
  writeGeneratedDataset,
  type DatasetSize,
} from '@bergslaget/content/testing/generated-dataset'

jest.setTimeout(4 * 3_600_000)

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const capSeconds = Number(process.env.CONTENT_CHECK_BENCH_CAP_S ?? 600)

const times = (factor: number) =>
  Object.fromEntries(
    Object.entries(benchmarkDatasetSize).map(([type, count]) => [type, count * factor]),
  ) as unknown as DatasetSize

interface Run {
  file: string
  /** From the checker's "Checked N documents" line; undefined if it never got that far. */
  documents: number | undefined
  seconds: number
  /** /usr/bin/time's "Maximum resident set size": the largest single process of the tree, in MB. */
  peakMb: number | undefined
  /** Errors the checker counted; 0 for "No problems found."; undefined if it printed no summary. */
  errors: number | undefined
  finished: boolean
  exitCode: number | null
  /** The load average when the run started: the machine may be shared (a site build, say). */
  load: number
  /** The checker's findings, tallied by message with digits blanked, when it found any. */
  findings: string[]
  /** The last lines the command wrote to stderr before /usr/bin/time's report, when it printed no summary. */
  failure: string[]
}

/**
 * `npm run content:check -- <file>` from the repo root under `/usr/bin/time -v`, in its own process
 * group, so that a run past the cap can be stopped with everything it started (npm, sanity exec, node).
 */
function contentCheck(file: string): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SANITY_')))
  const load = loadavg()[0] ?? 0
  const start = performance.now()
  const child = spawn('/usr/bin/time', ['-v', 'npm', 'run', 'content:check', '--', file], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...env,
      DO_NOT_TRACK: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      TURBO_TELEMETRY_DISABLED: '1',
      NO_UPDATE_NOTIFIER: '1',
      npm_config_update_notifier: 'false',
    },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let finished = true
  const timer = setTimeout(() => {
    finished = false
    if (child.pid) process.kill(-child.pid, 'SIGKILL')
  }, capSeconds * 1000)
  return new Promise((done) =>
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      const seconds = (performance.now() - start) / 1000
      const documents = /Checked (\d+) documents/.exec(stdout)?.[1]
      const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]
      const summary = /(\d+) errors?, \d+ warnings? in \d+ documents?\./.exec(stdout)?.[1]
      const errors = summary ? Number(summary) : /No problems found\./.test(stdout) ? 0 : undefined
      done({
        file,
        documents: documents ? Number(documents) : undefined,
        seconds,
        peakMb: peakKb ? Number(peakKb) / 1024 : undefined,
        errors,
        finished,
        exitCode,
        load,
        findings: tally(stdout),
        failure: errors === undefined ? lastLinesBeforeTimeReport(stderr) : [],
      })
    }),
  )
}

/** What the command last wrote to stderr, without npm's epilogue and /usr/bin/time's report after it. */
function lastLinesBeforeTimeReport(stderr: string): string[] {
  const [own = ''] = stderr.split(/^\s*Command (?:exited|terminated)|^\s*Command being timed/m)
  return own
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('npm error'))
    .slice(-8)
}

/** The checker's finding lines ("  error   path: message"), counted by their text with numbers blanked. */
function tally(stdout: string): string[] {
  const counts = new Map<string, number>()
  for (const [, line] of stdout.matchAll(/^ {2}((?:error|warning) .*)$/gm)) {
    const key = (line as string).replace(/\d+/g, 'N').replace(/\s+/g, ' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([text, count]) => `${String(count).padStart(6)} × ${text}`)
}

const thousands = (count: number) => count.toLocaleString('en')
const fixed = (value: number | undefined, digits: number) =>
  value === undefined ? '?' : value.toFixed(digits)

test('content:check, wall time and peak memory per dataset size', async () => {
  const named = process.env.CONTENT_CHECK_BENCH_FILES?.split(',').filter(Boolean)
  const files = named
    ? named.map((file) => resolve(process.env.INIT_CWD ?? process.cwd(), file))
    : [bundledDatasetPath, await writeGeneratedDataset(times(1)), await writeGeneratedDataset(times(5))]

  // One run after the other, never two at once: each measures the command alone.
  const runs: Run[] = []
  for (const file of files) runs.push(await contentCheck(file))
  // writeGeneratedDataset gives each file a scratch folder of its own.
  if (!named) for (const file of files.slice(1)) await rm(dirname(file), { recursive: true })

  const rows = runs.map((run) => {
    const ms = run.documents ? (run.seconds * 1000) / run.documents : undefined
    const kb = run.documents && run.peakMb ? (run.peakMb * 1024) / run.documents : undefined
    const time = run.finished ? `${fixed(run.seconds, 1)} s` : `did not finish in ${capSeconds} s`
    return [
      (run.documents === undefined ? '?' : thousands(run.documents)).padStart(9),
      time.padStart(12),
      fixed(ms, 2).padStart(12),
      `${fixed(run.peakMb, 0)} MB`.padStart(11),
      fixed(kb, 0).padStart(11),
      String(run.errors ?? '?').padStart(8),
      String(run.exitCode ?? 'killed').padStart(6),
      run.load.toFixed(1).padStart(6),
    ].join('')
  })
  const growth = runs.slice(1).flatMap((run, index) => {
    const before = runs[index] as Run
    if (!run.finished || !run.documents || !before.documents || !run.peakMb || !before.peakMb) return []
    const docs = run.documents / before.documents
    return [
      `  ${thousands(before.documents)} → ${thousands(run.documents)}: documents ×${docs.toFixed(1)}, ` +
        `time ×${(run.seconds / before.seconds).toFixed(1)}, peak memory ×${(run.peakMb / before.peakMb).toFixed(1)}`,
    ]
  })
  const findings = runs.flatMap((run) =>
    run.findings.length ? [`  ${run.file}:`, ...run.findings.slice(0, 10).map((line) => `  ${line}`)] : [],
  )
  const failures = runs.flatMap((run) =>
    run.failure.length ? [`  ${run.file}:`, ...run.failure.map((line) => `    ${line}`)] : [],
  )
  process.stdout.write(
    [
      '',
      `npm run content:check -- <file> (from ${repoRoot}), node ${process.version}, ${new Date().toISOString()}`,
      `${'documents'.padStart(9)}${'wall'.padStart(12)}${'ms/doc'.padStart(12)}${'peak RSS'.padStart(11)}` +
        `${'KB/doc'.padStart(11)}${'errors'.padStart(8)}${'exit'.padStart(6)}${'load'.padStart(6)}`,
      ...rows,
      '',
      'Growth between sizes:',
      ...growth,
      '',
      'Files:',
      ...runs.map((run) => `  ${run.file}`),
      ...(findings.length ? ['', 'Findings (most frequent first):', ...findings] : []),
      ...(failures.length ? ['', 'Runs without a summary, the end of their stderr:', ...failures] : []),
      '',
      'peak RSS: /usr/bin/time -v "Maximum resident set size" of the tree (its largest single process);',
      'load: the 1-minute load average when the run started, on this machine of 2 cores.',
      '',
    ].join('\n'),
  )
  expect(runs.every((run) => run.finished)).toBe(true)
})
