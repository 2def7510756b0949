// What `npm run content:check -- <file>` costs as the dataset grows (issue 12, point 4): the real command,
// typed at the repo root as a user types it, on the bundled dataset and on generated ones of about 4,000
// and 20,000 documents. Run with `npm run bench:content-check` in studio/; it prints one table with the
// wall time, the peak memory and the checker's error count per size, and the growth between sizes, so
// that "linear" can be read off. It measures only. Jest runs it (as bench:queries in the content
// package) for the TypeScript and for the generator, which the content package exports to tests only;
// the measuring and the table are shared with apps/web's bench:build (@bergslaget/content/testing/command-bench).
//
// CONTENT_CHECK_BENCH_SIZES=bundled,1 checks those sizes (factors of the generator's ~3,801 documents);
// CONTENT_CHECK_BENCH_FILES=a.ndjson,b.ndjson checks those files instead;
// CONTENT_CHECK_BENCH_CAP_S (default 600) stops a run that takes longer and reports it as unfinished.
import { fileURLToPath } from 'node:url'

import * as bench from '@bergslaget/content/testing/command-bench'

jest.setTimeout(4 * 3_600_000)

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const capSeconds = Number(process.env.CONTENT_CHECK_BENCH_CAP_S ?? 600)

interface Run extends bench.MeasuredRun {
  /** Errors the checker counted; 0 for "No problems found."; undefined if it printed no summary. */
  errors: number | undefined
  /** The checker's findings, tallied by message with digits blanked, when it found any. */
  findings: string[]
  /** The last lines the command wrote to stderr before /usr/bin/time's report, when it printed no summary. */
  failure: string[]
}

/** `npm run content:check -- <file>` from the repo root; its documents from "Checked N documents". */
async function contentCheck(file: string): Promise<Run> {
  const run = await bench.timeCommand(['npm', 'run', 'content:check', '--', file], {
    cwd: repoRoot,
    capSeconds,
  })
  const documents = /Checked (\d+) documents/.exec(run.stdout)?.[1]
  const summary = /(\d+) errors?, \d+ warnings? in \d+ documents?\./.exec(run.stdout)?.[1]
  const errors = summary ? Number(summary) : /No problems found\./.test(run.stdout) ? 0 : undefined
  return {
    ...run,
    file,
    documents: documents ? Number(documents) : undefined,
    errors,
    findings: tally(run.stdout),
    failure: errors === undefined ? bench.lastLinesBeforeTimeReport(run.stderr) : [],
  }
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

test('content:check, wall time and peak memory per dataset size', async () => {
  const choice = {
    files: process.env.CONTENT_CHECK_BENCH_FILES,
    sizes: process.env.CONTENT_CHECK_BENCH_SIZES,
  }
  const runs = await bench.measureEachDataset(choice, contentCheck)

  process.stdout.write(
    bench.report(`npm run content:check -- <file> (from ${repoRoot})`, runs, {
      capSeconds,
      columns: [{ title: 'errors', width: 8, cell: (run) => String(run.errors ?? '?') }],
      sections: [
        bench.perRun('Findings (most frequent first):', runs, (run) => run.findings.slice(0, 10)),
        bench.perRun('Runs without a summary, the end of their stderr:', runs, (run) => run.failure),
      ],
    }),
  )
  expect(runs.every((run) => run.finished)).toBe(true)
})
