import { resolve } from 'node:path'

import type { ContentLakeTarget } from './content-lake-env'

export type Plan<T> = ({ ok: true } & T) | { ok: false; message: string }

const ARCHIVE = /\.(tar\.gz|tgz)$/i
// Flags that take a value are passed as `--name=value`, so every other argument is a file.
const isFlag = (arg: string) => arg.startsWith('-')

/**
 * `dataset:import [file] [--replace] [other flags of sanity dataset import]`. The default is
 * `--missing` (create documents that are not there, leave the rest): seeding a new dataset works,
 * and an editor's later changes in the Studio are never overwritten by an older file. `--replace`
 * makes the file win, for a deliberate restore.
 */
export function planImport(
  args: readonly string[],
  target: ContentLakeTarget,
  paths: { cwd: string; bundled: string },
): Plan<{ file: string; cliArgs: string[] }> {
  const files = args.filter((arg) => !isFlag(arg))
  if (files.length > 1) return { ok: false, message: `Import one file at a time, not ${files.join(', ')}.` }
  if (args.includes('--replace') && args.includes('--missing')) {
    return { ok: false, message: 'Choose --replace or --missing, not both.' }
  }
  const file = files[0] ? resolve(paths.cwd, files[0]) : paths.bundled
  const flags = args.filter(isFlag)
  const mode = flags.includes('--replace') || flags.includes('--missing') ? [] : ['--missing']
  return {
    ok: true,
    file,
    cliArgs: [
      'dataset',
      'import',
      file,
      '--project-id',
      target.projectId,
      '--dataset',
      target.dataset,
      ...mode,
      ...flags,
    ],
  }
}

/**
 * `dataset:export [file] [other flags of sanity dataset export]`. The CLI writes only gzipped
 * tarballs. For a `.ndjson` file it exports to a scratch archive with `--raw --no-drafts` (published
 * documents as stored, asset documents kept, no asset downloads: the shape of the bundled dataset)
 * and the caller takes `data.ndjson` out of it. For a `.tar.gz` file it is the CLI's full export
 * (drafts and asset files), a backup to restore with `dataset:import`.
 */
export function planExport(
  args: readonly string[],
  target: ContentLakeTarget,
  paths: { cwd: string; scratchArchive: string },
): Plan<{ file: string; archive: string; extractNdjson: boolean; cliArgs: string[] }> {
  const files = args.filter((arg) => !isFlag(arg))
  if (files.length > 1) return { ok: false, message: `Export to one file, not ${files.join(', ')}.` }
  const file = resolve(paths.cwd, files[0] ?? 'export/production.ndjson')
  const extractNdjson = file.toLowerCase().endsWith('.ndjson')
  if (!extractNdjson && !ARCHIVE.test(file)) {
    return { ok: false, message: `Export to a .ndjson or a .tar.gz file, not ${file}.` }
  }
  const archive = extractNdjson ? paths.scratchArchive : file
  return {
    ok: true,
    file,
    archive,
    extractNdjson,
    cliArgs: [
      'dataset',
      'export',
      target.dataset,
      archive,
      '--project-id',
      target.projectId,
      ...(extractNdjson ? ['--raw', '--no-drafts', '--overwrite'] : []),
      ...args.filter(isFlag),
    ],
  }
}
