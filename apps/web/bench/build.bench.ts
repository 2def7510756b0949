/** @jest-environment node */
// What `next build` costs as the dataset grows (issue 12: build time and peak memory at 51, 4,000 and
// 20,000 documents, each growing at most linearly). Run with `npm run bench:build` in apps/web; it
// prints one table, a row per size with the wall time, the peak memory, the pages prerendered and the
// largest list page's HTML, and the growth between sizes, so that "linear" can be read off. It measures
// only.
// Jest runs it, like studio's bench:content-check, whose measuring and table it shares
// (@bergslaget/content/testing/command-bench): the generator is exported to tests only.
//
// The builds run in a copy of the working tree (.jest-cache/build-bench, made as the hosted-mode e2e
// test makes its own), not here: Next 16 takes its output folder only from next.config's `distDir`, no
// variable sets it, and a `distDir` other than .next makes `next build` add that folder's types to
// tsconfig.json. The copy leaves the developer's apps/web/.next and tsconfig.json as they were. Each
// build starts without .next, Turbopack's build cache included, as on a host after `npm ci`: every size
// pays the same compile, and only the content differs.
//
// BUILD_BENCH_SIZES=bundled,1 builds those sizes (default bundled,1,5; a number is a factor of the
// generator's ~3,801 documents); BUILD_BENCH_FILES=a.ndjson,b.ndjson builds on those files instead;
// BUILD_BENCH_CAP_S (default 1800) stops a build that takes longer and reports it as unfinished.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { listPageSegment } from '@bergslaget/content/content-types'
import { parseNdjson } from '@bergslaget/content/dataset'
import { routes } from '@bergslaget/content/site-paths'
import * as bench from '@bergslaget/content/testing/command-bench'

import { checkoutCopy } from '../e2e/support/deployed-site'
import { readBuildRoutes } from '../e2e/support/page-types.mjs'

jest.setTimeout(4 * 3_600_000)

const repoRoot = join(__dirname, '../../..')
const capSeconds = Number(process.env.BUILD_BENCH_CAP_S ?? 1800)

interface Run extends bench.MeasuredRun {
  /** The site's pages the build prerendered (readBuildRoutes: HTML pages, not feeds or images). */
  pages: number | undefined
  /** Every entry of the prerender manifest: the pages, and the feeds and share images beside them. */
  prerendered: number | undefined
  /** The largest prerendered list page (a section's list or one of its /sida/<n> pages). */
  largestList: { path: string; bytes: number } | undefined
  /** The end of stderr of a build that failed. */
  failure: string[]
}

/** The lists issue 12 names (/talare, /organisationer, /evenemang, /nyheter) and their later pages. */
const isListPage = (path: string) =>
  Object.values(routes.list).some((base) => path === base || path.startsWith(`${base}/${listPageSegment}/`))

/** What the build in `web` (a built apps/web) prerendered. */
function readOutput(web: string): Pick<Run, 'pages' | 'prerendered' | 'largestList'> {
  const manifest = join(web, '.next/prerender-manifest.json')
  if (!existsSync(manifest)) return { pages: undefined, prerendered: undefined, largestList: undefined }
  const paths = Object.keys((JSON.parse(readFileSync(manifest, 'utf8')) as { routes: object }).routes)
  const lists = paths.filter(isListPage).flatMap((path) => {
    const html = join(web, '.next/server/app', `${path}.html`)
    return existsSync(html) ? [{ path, bytes: statSync(html).size }] : []
  })
  return {
    pages: readBuildRoutes(web).prerendered.length,
    prerendered: paths.length,
    largestList: lists.sort((a, b) => b.bytes - a.bytes)[0],
  }
}

test('next build, wall time and peak memory per dataset size', async () => {
  const web = join(checkoutCopy(repoRoot, 'build-bench'), 'apps/web')
  const build = async (file: string): Promise<Run> => {
    await rm(join(web, '.next'), { recursive: true, force: true })
    const env = { CONTENT_DATASET_FILE: file }
    const run = await bench.timeCommand(['npm', 'run', 'build'], { cwd: web, capSeconds, env })
    const documents = parseNdjson(readFileSync(file, 'utf8'), file).length
    const failure = run.exitCode === 0 ? [] : bench.lastLinesBeforeTimeReport(run.stderr)
    return { ...run, file, documents, ...readOutput(web), failure }
  }
  const choice = { files: process.env.BUILD_BENCH_FILES, sizes: process.env.BUILD_BENCH_SIZES }
  // The copy, with a build of up to 20,000 pages in it, goes whether or not the builds went well.
  const runs = await bench
    .measureEachDataset(choice, build)
    .finally(() => rm(join(web, '../..'), { recursive: true, force: true }))

  const count = (value: number | undefined) => String(value ?? '?')
  process.stdout.write(
    bench.report(`next build (npm run build in a copy of apps/web: ${web})`, runs, {
      capSeconds,
      columns: [
        { title: 'pages', width: 8, cell: (run) => count(run.pages) },
        { title: 'prerendered', width: 13, cell: (run) => count(run.prerendered) },
        {
          title: 'largest list page',
          width: 34,
          cell: ({ largestList: list }) =>
            list ? `${bench.fixed(list.bytes / 1024, 0)} KB ${list.path}` : '?',
        },
      ],
      sections: [
        bench.perRun('Builds that failed, the end of their stderr:', runs, (run) => run.failure),
        [
          'pages: the HTML pages of the site the build prerendered; prerendered: every entry of its',
          'prerender manifest (pages, feeds, share images); largest list page: its HTML, uncompressed.',
        ],
      ],
    }),
  )
  expect(runs.every((run) => run.finished && run.exitCode === 0)).toBe(true)
})
