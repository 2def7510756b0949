import { indexPublished, parseNdjson } from './load-dataset'

test('drafts and release versions are dropped and the rest indexed by id', () => {
  const documents = parseNdjson(
    [
      '{"_id":"a","_type":"event"}',
      '',
      '{"_id":"drafts.a","_type":"event"}',
      '{"_id":"versions.r1.a","_type":"event"}',
      '{"_id":"b","_type":"talk"}',
    ].join('\n'),
    'test.ndjson',
  )
  const { documents: published, byId } = indexPublished(documents)
  expect(published.map((doc) => doc._id)).toEqual(['a', 'b'])
  expect(byId.get('b')?._type).toBe('talk')
  expect(byId.has('drafts.a')).toBe(false)
})

test('a broken line is reported with file and line number', () => {
  expect(() => parseNdjson('{"_id":"a","_type":"x"}\n{oops', 'export.ndjson')).toThrow(
    'export.ndjson:2: not valid JSON',
  )
  expect(() => parseNdjson('{"title":"no id"}', 'export.ndjson')).toThrow('export.ndjson:1: not a document')
})
