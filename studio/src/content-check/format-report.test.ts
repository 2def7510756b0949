import type { DatasetReport } from '../validation/validate-documents'

import { formatReport, problemsByDocument } from './format-report'

const clean: DatasetReport = {
  documents: [
    { documentId: 'event-a', documentType: 'event', markers: [] },
    { documentId: 'talk-b', documentType: 'talk', markers: [] },
  ],
  unresolvedReferences: [],
  unpublishedIds: [],
  duplicateIds: [],
  errorCount: 0,
}

describe('formatReport', () => {
  it('says so when nothing is wrong, and exits 0', () => {
    expect(formatReport(clean, 'production.ndjson')).toEqual({
      text: 'Checked 2 documents in production.ndjson\n\nNo problems found.',
      exitCode: 0,
    })
  })

  it('shows warnings but still exits 0 when there are no errors', () => {
    const report: DatasetReport = {
      ...clean,
      documents: [
        {
          documentId: 'event-a',
          documentType: 'event',
          markers: [
            { level: 'warning', path: ['year'], message: 'Används bara när datumet inte är fastställt.' },
          ],
        },
        { documentId: 'talk-b', documentType: 'talk', markers: [] },
      ],
    }
    expect(formatReport(report, 'x.ndjson')).toEqual({
      text: [
        'Checked 2 documents in x.ndjson',
        '',
        'event-a (event)',
        '  warning year: Används bara när datumet inte är fastställt.',
        '',
        '0 errors, 1 warning in 1 document.',
      ].join('\n'),
      exitCode: 0,
    })
  })

  it('groups schema markers and dataset findings under their document, in file order, and exits 1', () => {
    const report: DatasetReport = {
      documents: [
        {
          documentId: 'talk-b',
          documentType: 'talk',
          markers: [
            { level: 'error', path: ['speakers', { _key: 'k1' }, 'speaker'], message: 'Välj personen.' },
          ],
        },
        { documentId: 'drafts.event-a', documentType: 'event', markers: [] },
        { documentId: 'event-a', documentType: 'event', markers: [] },
        { documentId: 'event-a', documentType: 'event', markers: [] },
      ],
      unresolvedReferences: [{ documentId: 'talk-b', path: ['event'], ref: 'event-x' }],
      unpublishedIds: ['drafts.event-a'],
      duplicateIds: ['event-a'],
      errorCount: 4,
    }
    const { text, exitCode } = formatReport(report, 'x.ndjson')
    expect(exitCode).toBe(1)
    expect(text.split('\n')).toEqual([
      'Checked 4 documents in x.ndjson',
      '',
      'talk-b (talk)',
      '  error   speakers[_key=="k1"].speaker: Välj personen.',
      '  error   event: Reference to "event-x", which is not in the file.',
      '',
      'drafts.event-a (event)',
      '  error   _id: Draft or release version: only published documents belong in the dataset.',
      '',
      'event-a (event)',
      '  error   _id: The id occurs more than once in the file.',
      '',
      '4 errors, 0 warnings in 3 documents.',
    ])
  })

  it('names a marker on the whole document', () => {
    const report: DatasetReport = {
      ...clean,
      documents: [
        {
          documentId: 'x',
          documentType: 'unknown',
          markers: [{ level: 'error', path: [], message: 'Dokumenttypen "unknown" finns inte i schemat.' }],
        },
      ],
      errorCount: 1,
    }
    expect(problemsByDocument(report)).toEqual([
      {
        documentId: 'x',
        documentType: 'unknown',
        problems: [
          { level: 'error', path: '(dokumentet)', message: 'Dokumenttypen "unknown" finns inte i schemat.' },
        ],
      },
    ])
  })
})
