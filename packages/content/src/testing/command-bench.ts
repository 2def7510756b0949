// What a command costs as the dataset grows (issue 12: each cost grows at most linearly): the pieces
// the benches of `npm run content:check` (studio/bench) and `next build` (apps/web/bench) share. Which
// datasets to measure, the command under `/usr/bin/time -v` with a cap, and one table with the growth
// between sizes. Exported under the `testing` condition beside the generator they measure with: both
// workspaces reach the content package's test support that way already, and nothing that ships may.
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'

import { bundledDatasetPath } from '../source/bundled-dataset'

import { benchmarkDatasetSizeTimes, writeGeneratedDataset } from './generated-dataset'

/** Which datasets a bench measures: see `datasetsToMeasure`. */
export interface DatasetChoice {
  files?: string
  sizes?: string
}

/**
 * `measure` on each dataset of `choice`, one run after the other, never two at once, so that each
 * measures the command alone; the generated datasets are removed afterwards.
 */
export async function measureEachDataset<Run>(
  choice: DatasetChoice,
  measure: (file: string) => Promise<Run>,
) {
  const datasets = await datasetsToMeasure(choice)
  const runs: Run[] = []
  try {
    for (const file of datasets.files) runs.push(await measure(file))
  } finally {
    await datasets.remove()
  }
  return runs
}

/**
 * The dataset files to measure, in the order given: `files` (comma-separated, relative to the folder
 * npm was started in) when set, else `sizes` (comma-separated): `bundled` (51 documents) or a factor
 * of the generator's benchmark size (`1` about 3,804 documents, `5` about 19,004; the default is the
 * issue's three). `remove` deletes the generated ones.
 */
async function datasetsToMeasure({ files, sizes = 'bundled,1,5' }: DatasetChoice) {
  const named = files?.split(',').filter(Boolean)
  if (named?.length) {
    const cwd = process.env.INIT_CWD ?? process.cwd()
    return { files: named.map((file) => resolve(cwd, file)), remove: async () => undefined }
  }
  const generated = new Set<string>()
  const chosen: string[] = []
  for (const size of sizes.split(',').filter(Boolean)) {
    const factor = Number(size)
    if (size !== 'bundled' && !(factor > 0)) {
      throw new Error(`a size is "bundled" or a factor of the benchmark size (1, 5), not "${size}"`)
    }
    const file =
      size === 'bundled' ? bundledDatasetPath : await writeGeneratedDataset(benchmarkDatasetSizeTimes(factor))
    if (file !== bundledDatasetPath) generated.add(file)
    chosen.push(file)
  }
  // writeGeneratedDataset gives each file a scratch folder of its own.
  const remove = async () => {
    for (const file of generated) await rm(dirname(file), { recursive: true })
  }
  return { files: chosen, remove }
}

/** What one run of a command cost. */
export interface TimedRun {
  seconds: number
  /** /usr/bin/time's "Maximum resident set size": the largest single process of the tree, in MB. */
  peakMb: number | undefined
  /** False when the cap stopped it. */
  finished: boolean
  exitCode: number | null
  /** The load average when the run started: the machine may be shared (a site build, say). */
  load: number
  stdout: string
  stderr: string
}

/**
 * `command` in `cwd` under `/usr/bin/time -v`, in its own process group, so that a run past the cap is
 * stopped with everything it started (npm, sanity exec, next's workers). The environment is this one
 * as a user's shell holds it: without jest's NODE_ENV=test, and without the hosted source's SANITY_*
 * variables, because the benches measure the embedded source on a file; no telemetry, no update check.
 */
export function timeCommand(
  command: string[],
  { cwd, capSeconds, env = {} }: { cwd: string; capSeconds: number; env?: Record<string, string> },
): Promise<TimedRun> {
  const inherited = Object.entries(process.env).filter(
    ([name]) => name !== 'NODE_ENV' && !name.startsWith('SANITY_'),
  )
  const load = loadavg()[0] ?? 0
  const start = performance.now()
  const childEnv: Record<string, string | undefined> = {
    ...Object.fromEntries(inherited),
    DO_NOT_TRACK: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
    ...env,
  }
  // Next's types, where the site checks this file, make NODE_ENV required; it is left unset on purpose.
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    cwd,
    detached: true,
    env: childEnv as NodeJS.ProcessEnv,
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
      const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]
      const seconds = (performance.now() - start) / 1000
      const peakMb = peakKb ? Number(peakKb) / 1024 : undefined
      done({ seconds, peakMb, finished, exitCode, load, stdout, stderr })
    }),
  )
}

/** What the command last wrote to stderr, without npm's epilogue and /usr/bin/time's report after it. */
export function lastLinesBeforeTimeReport(stderr: string): string[] {
  const [own = ''] = stderr.split(/^\s*Command (?:exited|terminated)|^\s*Command being timed/m)
  return own
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('npm error'))
    .slice(-8)
}

/** A run of the table: one dataset file, and how many documents the run found in it. */
export interface MeasuredRun extends TimedRun {
  file: string
  documents: number | undefined
}

/** A column of the table; a bench's own columns stand between the memory and the exit code. */
export interface Column<Run> {
  title: string
  width: number
  cell: (run: Run) => string
}

const thousands = (count: number) => count.toLocaleString('en')
export const fixed = (value: number | undefined, digits: number) =>
  value === undefined ? '?' : value.toFixed(digits)

/**
 * The table both benches print: per run the documents, wall time and peak memory, each also per
 * document, the bench's own `columns`, the exit code and the load; then the growth from each size to the
 * next (documents ×, time ×, memory ×), which is what "grows at most linearly" is read from; then the
 * files and the bench's own `sections`.
 */
export function report<Run extends MeasuredRun>(
  title: string,
  runs: Run[],
  {
    capSeconds,
    columns = [],
    sections = [],
  }: { capSeconds: number; columns?: Column<Run>[]; sections?: string[][] },
): string {
  const all: Column<Run>[] = [
    {
      title: 'documents',
      width: 9,
      cell: (run) => (run.documents === undefined ? '?' : thousands(run.documents)),
    },
    {
      title: 'wall',
      width: 12,
      cell: (run) => (run.finished ? `${fixed(run.seconds, 1)} s` : `did not finish in ${capSeconds} s`),
    },
    { title: 'ms/doc', width: 12, cell: (run) => fixed(perDocument(run, run.seconds * 1000), 2) },
    { title: 'peak RSS', width: 11, cell: (run) => `${fixed(run.peakMb, 0)} MB` },
    {
      title: 'KB/doc',
      width: 11,
      cell: (run) => fixed(perDocument(run, run.peakMb && run.peakMb * 1024), 0),
    },
    ...columns,
    { title: 'exit', width: 6, cell: (run) => String(run.exitCode ?? 'killed') },
    { title: 'load', width: 6, cell: (run) => run.load.toFixed(1) },
  ]
  const line = (cell: (column: Column<Run>) => string) =>
    all.map((column) => cell(column).padStart(column.width)).join('')
  return [
    '',
    `${title}, node ${process.version}, ${new Date().toISOString()}`,
    line((column) => column.title),
    ...runs.map((run) => line((column) => column.cell(run))),
    '',
    'Growth between sizes:',
    ...runs.slice(1).flatMap((run, index) => growth(runs[index] as Run, run)),
    '',
    'Files:',
    ...runs.map((run) => `  ${run.file}`),
    ...sections.flatMap((section) => (section.length ? ['', ...section] : [])),
    '',
    'peak RSS: /usr/bin/time -v "Maximum resident set size" of the tree (its largest single process);',
    `load: the 1-minute load average when the run started, on this machine of ${availableParallelism()} cores.`,
    '',
  ].join('\n')
}

/**
 * A section of the report: `heading`, then each run with lines to show, its file and those lines; none
 * when no run has any.
 */
export function perRun<Run extends MeasuredRun>(heading: string, runs: Run[], lines: (run: Run) => string[]) {
  const shown = runs.flatMap((run) => {
    const own = lines(run)
    return own.length ? [`  ${run.file}:`, ...own.map((line) => `    ${line}`)] : []
  })
  return shown.length ? [heading, ...shown] : []
}

const perDocument = (run: MeasuredRun, value: number | undefined) =>
  run.documents && value !== undefined ? value / run.documents : undefined

function growth(before: MeasuredRun, run: MeasuredRun): string[] {
  if (!run.finished || !run.documents || !before.documents || !run.peakMb || !before.peakMb) return []
  return [
    `  ${thousands(before.documents)} → ${thousands(run.documents)}: ` +
      `documents ×${(run.documents / before.documents).toFixed(1)}, ` +
      `time ×${(run.seconds / before.seconds).toFixed(1)}, peak memory ×${(run.peakMb / before.peakMb).toFixed(1)}`,
  ]
}
