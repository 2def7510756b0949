import { z } from 'zod'

import { documentOf, listOf } from './validate'
import { captureContentErrors } from './testing/capture-content-errors'

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
