import { readFileSync } from 'node:fs'

import { bundledDatasetPath, parseNdjson } from '@bergslaget/content/dataset'
import type { SanityDocument } from 'sanity'

import { validFixture } from '../validation/test-fixtures'
import { checkDataset, type DatasetReport } from '../validation/validate-documents'

import { faultyFixture } from './fault-fixture'
import { formatReport, problemsByDocument } from './format-report'

describe('content:check on a dataset with one fault of each kind', () => {
  const { documents, faults } = faultyFixture()
  let report: DatasetReport

  // Loading the schema and validating takes 2–6 s on a busy machine; the report is made once.
  beforeAll(async () => {
    report = await checkDataset(documents)
  }, 60_000)

  it.each(faults.map((fault) => [fault.kind, fault.documentId, fault] as const))(
    'reports the %s in %s',
    (_kind, _id, fault) => {
      const found = problemsByDocument(report).find(({ documentId }) => documentId === fault.documentId)
      expect(found?.problems).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: fault.level, path: fault.path })]),
      )
    },
  )

  it('reports nothing about the documents it left alone, and fails', () => {
    const reported = problemsByDocument(report).map(({ documentId }) => documentId)
    expect(reported.sort()).toEqual([...new Set(faults.map(({ documentId }) => documentId))].sort())
    expect(formatReport(report, 'faults.ndjson').exitCode).toBe(1)
  })

  it('passes when only a warning is left, and still shows it', async () => {
    const withWarning = validFixture().map((document) =>
      document._id === 'event-arsmote-2026' ? { ...document, year: 2026 } : document,
    )
    const { text, exitCode } = formatReport(await checkDataset(withWarning), 'warning.ndjson')
    expect(exitCode).toBe(0)
    expect(text).toContain('event-arsmote-2026 (event)\n  warning year: ')
    expect(text).toContain('0 errors, 1 warning in 1 document.')
  }, 60_000)
})

describe('content:check on the bundled dataset', () => {
  it('finds no problems', async () => {
    const documents = parseNdjson(readFileSync(bundledDatasetPath, 'utf8'), bundledDatasetPath)
    const { text, exitCode } = formatReport(await checkDataset(documents as SanityDocument[]), 'bundled')
    expect(text).toMatch(/No problems found\.$/)
    expect(exitCode).toBe(0)
  }, 60_000)
})
