import { readFileSync } from 'node:fs'

import { bundledDatasetPath, parseNdjson } from '@bergslaget/content/dataset'
import { pathToString, type SanityDocument } from 'sanity'

import { checkDataset, type DatasetReport } from './validate-documents'

function markersAt(report: DatasetReport, level: 'error' | 'warning') {
  return report.documents.flatMap(({ documentId, markers }) =>
    markers
      .filter((marker) => marker.level === level)
      .map((marker) => `${documentId} ${pathToString(marker.path)}: ${marker.message}`),
  )
}

describe('the bundled dataset', () => {
  let report: DatasetReport

  beforeAll(async () => {
    const documents = parseNdjson(readFileSync(bundledDatasetPath, 'utf8'), bundledDatasetPath)
    report = await checkDataset(documents as SanityDocument[])
  })

  it('has every document type of the content model', () => {
    const types = new Set(report.documents.map((document) => document.documentType))
    expect([...types].sort()).toEqual(
      expect.arrayContaining(['article', 'association', 'event', 'organisation', 'speaker', 'talk']),
    )
  })

  it('passes the Studio validation without errors or warnings', () => {
    expect(markersAt(report, 'error')).toEqual([])
    expect(markersAt(report, 'warning')).toEqual([])
  })

  it('has only references that resolve within the dataset', () => {
    expect(report.unresolvedReferences).toEqual([])
  })

  it('has no drafts, release versions or duplicate ids', () => {
    expect(report.unpublishedIds).toEqual([])
    expect(report.duplicateIds).toEqual([])
  })

  it('holds the association singleton under its fixed id', () => {
    expect(report.documents.filter((document) => document.documentType === 'association')).toEqual([
      expect.objectContaining({ documentId: 'association' }),
    ])
  })
})
