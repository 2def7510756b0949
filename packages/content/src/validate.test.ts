import { z } from 'zod'

import { captureContentErrors } from './testing/capture-content-errors'
import { documentOf, listOf } from './validate'

const item = z.object({ _id: z.string(), title: z.string() })

const errors = captureContentErrors()

test('an invalid list item is dropped and logged with its id; the rest is kept', () => {
  const list = listOf(item, 'event')
  const parsed = list.parse([
    { _id: 'a', title: 'A' },
    { _id: 'broken', title: 42 },
    null,
    { _id: 'c', title: 'C' },
  ])
  expect(parsed).toEqual([
    { _id: 'a', title: 'A' },
    { _id: 'c', title: 'C' },
  ])
  expect(errors).toHaveLength(2)
  expect(errors[0]).toContain('invalid event broken')
  expect(errors[0]).toContain('title')
  expect(errors[1]).toContain('(missing reference)')
})

test('a missing list is an empty list', () => {
  expect(listOf(item, 'event').parse(null)).toEqual([])
  expect(errors).toEqual([])
})

test('an invalid single document is treated as not found and logged with its id', () => {
  const one = documentOf(item, 'article')
  expect(one.parse({ _id: 'ok', title: 'Ok' })).toEqual({ _id: 'ok', title: 'Ok' })
  expect(one.parse(null)).toBeNull()
  expect(errors).toEqual([])
  expect(one.parse({ _id: 'article-x' })).toBeNull()
  expect(errors).toEqual([expect.stringContaining('invalid article article-x')])
})

describe('a detail of a document', () => {
  const speaker = z.object({
    _id: z.string(),
    name: z.string(),
    portrait: documentOf(z.object({ url: z.string() }), 'portrait'),
    links: listOf(z.object({ _key: z.string(), url: z.string() }), 'link'),
  })

  test('is dropped and logged with the id of the document it belongs to', () => {
    const page = documentOf(z.object({ _id: z.string(), speakers: listOf(speaker, 'speaker') }), 'event')
    const parsed = page.parse({
      _id: 'event-1',
      speakers: [
        { _id: 'speaker-1', name: 'A', portrait: { url: 42 }, links: [{ _key: 'l1', url: 7 }] },
        { _id: 'speaker-2', name: 'B', portrait: { url: 'b.jpg' }, links: [{ _key: 'l2', url: 'b' }] },
      ],
    })

    expect(parsed?.speakers).toEqual([
      { _id: 'speaker-1', name: 'A', portrait: null, links: [] },
      { _id: 'speaker-2', name: 'B', portrait: { url: 'b.jpg' }, links: [{ _key: 'l2', url: 'b' }] },
    ])
    expect(errors).toEqual([
      expect.stringContaining('invalid portrait of speaker-1 skipped: url'),
      expect.stringContaining('invalid link item l1 of speaker-1 skipped: url'),
    ])
  })

  test('that should be a list and is not is an empty list', () => {
    const parsed = documentOf(speaker, 'speaker').parse({
      _id: 'speaker-1',
      name: 'A',
      portrait: null,
      links: 'x',
    })

    expect(parsed).toEqual({ _id: 'speaker-1', name: 'A', portrait: null, links: [] })
    expect(errors).toEqual([expect.stringContaining('invalid link list of speaker-1 skipped')])
  })

  test('of a document that is itself invalid is not logged on its own', () => {
    const parsed = listOf(speaker, 'speaker').parse([
      { _id: 'speaker-1', portrait: { url: 42 }, links: null },
    ])

    expect(parsed).toEqual([])
    expect(errors).toEqual([expect.stringContaining('invalid speaker speaker-1 skipped: name')])
  })

  test('outside any document is logged as it is', () => {
    expect(documentOf(z.url(), 'website').parse('inte en adress')).toBeNull()
    expect(errors).toEqual([expect.stringContaining('invalid website (string) skipped')])
  })
})
