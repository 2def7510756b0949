import { pathToString, type Path } from 'sanity'

import type { DatasetReport } from '../validation/validate-documents'

export interface Problem {
  level: 'error' | 'warning' | 'info'
  path: string
  message: string
}

export interface DocumentProblems {
  documentId: string
  documentType: string
  problems: Problem[]
}

const where = (path: Path) => (path.length === 0 ? '(dokumentet)' : pathToString(path))

/**
 * Gathers every finding about one document in one place: the schema's markers (the Studio's own
 * Swedish messages) and the dataset-level findings (references, drafts, duplicate ids). Documents
 * keep the order of the file, so the report reads like the export.
 */
export function problemsByDocument(report: DatasetReport): DocumentProblems[] {
  const byId = new Map<string, DocumentProblems>()
  const entry = (documentId: string, documentType = '?') => {
    let found = byId.get(documentId)
    if (!found) {
      found = { documentId, documentType, problems: [] }
      byId.set(documentId, found)
    }
    return found
  }
  for (const { documentId, documentType, markers } of report.documents) {
    const target = entry(documentId, documentType)
    for (const { level, path, message } of markers)
      target.problems.push({ level, path: where(path), message })
  }
  for (const id of report.duplicateIds) {
    entry(id).problems.push({
      level: 'error',
      path: '_id',
      message: 'The id occurs more than once in the file.',
    })
  }
  for (const id of report.unpublishedIds) {
    entry(id).problems.push({
      level: 'error',
      path: '_id',
      message: 'Draft or release version: only published documents belong in the dataset.',
    })
  }
  for (const { documentId, path, ref } of report.unresolvedReferences) {
    entry(documentId).problems.push({
      level: 'error',
      path: where(path),
      message: `Reference to "${ref}", which is not in the file.`,
    })
  }
  return [...byId.values()].filter(({ problems }) => problems.length > 0)
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** The readable report `content:check` prints, and its exit code: 1 on any error, warnings alone pass. */
export function formatReport(report: DatasetReport, source: string): { text: string; exitCode: 0 | 1 } {
  const documents = problemsByDocument(report)
  const all = documents.flatMap(({ problems }) => problems)
  const errors = all.filter(({ level }) => level === 'error').length
  const warnings = all.filter(({ level }) => level === 'warning').length
  const lines = [`Checked ${plural(report.documents.length, 'document', 'documents')} in ${source}`]
  for (const { documentId, documentType, problems } of documents) {
    lines.push('', `${documentId} (${documentType})`)
    for (const { level, path, message } of problems) lines.push(`  ${level.padEnd(7)} ${path}: ${message}`)
  }
  lines.push(
    '',
    errors + warnings === 0
      ? 'No problems found.'
      : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')} in ${plural(documents.length, 'document', 'documents')}.`,
  )
  return { text: lines.join('\n'), exitCode: report.errorCount > 0 ? 1 : 0 }
}
