import { planExport, planImport } from './dataset-plans'

const target = { projectId: 'abc123', dataset: 'staging' }
const importPaths = { cwd: '/repo', bundled: '/repo/packages/content/dataset/production.ndjson' }
const exportPaths = { cwd: '/repo', scratchArchive: '/tmp/x/export.tar.gz' }

describe('planImport', () => {
  it('imports the bundled dataset with --missing by default', () => {
    expect(planImport([], target, importPaths)).toEqual({
      ok: true,
      file: importPaths.bundled,
      cliArgs: [
        'dataset',
        'import',
        importPaths.bundled,
        '--project-id',
        'abc123',
        '--dataset',
        'staging',
        '--missing',
      ],
    })
  })

  it('takes a file relative to where the command was typed, and --replace instead of --missing', () => {
    const plan = planImport(['export/production.ndjson', '--replace'], target, importPaths)
    expect(plan).toEqual(
      expect.objectContaining({
        file: '/repo/export/production.ndjson',
        cliArgs: [
          'dataset',
          'import',
          '/repo/export/production.ndjson',
          '--project-id',
          'abc123',
          '--dataset',
          'staging',
          '--replace',
        ],
      }),
    )
  })

  it('passes other flags on to the CLI', () => {
    const plan = planImport(['--allow-failing-assets'], target, importPaths)
    expect(plan.ok && plan.cliArgs.slice(-2)).toEqual(['--missing', '--allow-failing-assets'])
  })

  it('refuses --replace with --missing, and two files', () => {
    expect(planImport(['--replace', '--missing'], target, importPaths)).toEqual({
      ok: false,
      message: 'Choose --replace or --missing, not both.',
    })
    expect(planImport(['a.ndjson', 'b.ndjson'], target, importPaths).ok).toBe(false)
  })
})

describe('planExport', () => {
  it('exports published documents as NDJSON to export/production.ndjson by default, through a scratch archive', () => {
    expect(planExport([], target, exportPaths)).toEqual({
      ok: true,
      file: '/repo/export/production.ndjson',
      archive: '/tmp/x/export.tar.gz',
      extractNdjson: true,
      cliArgs: [
        'dataset',
        'export',
        'staging',
        '/tmp/x/export.tar.gz',
        '--project-id',
        'abc123',
        '--raw',
        '--no-drafts',
        '--overwrite',
      ],
    })
  })

  it('writes the CLI’s full archive when asked for a .tar.gz', () => {
    expect(planExport(['backup/2026-11-26.tar.gz', '--types=article'], target, exportPaths)).toEqual({
      ok: true,
      file: '/repo/backup/2026-11-26.tar.gz',
      archive: '/repo/backup/2026-11-26.tar.gz',
      extractNdjson: false,
      cliArgs: [
        'dataset',
        'export',
        'staging',
        '/repo/backup/2026-11-26.tar.gz',
        '--project-id',
        'abc123',
        '--types=article',
      ],
    })
  })

  it('refuses other file types', () => {
    expect(planExport(['production.json'], target, exportPaths)).toEqual({
      ok: false,
      message: 'Export to a .ndjson or a .tar.gz file, not /repo/production.json.',
    })
  })
})
