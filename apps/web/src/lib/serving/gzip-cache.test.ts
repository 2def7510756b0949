import { GzipCache } from './gzip-cache.mjs'

const bytes = (length: number) => Buffer.alloc(length)

test('past its budget the cache lets go of the least recently used entries first', () => {
  const cache = new GzipCache(10)
  cache.set('a', bytes(4))
  cache.set('b', bytes(4))
  expect(cache.get('a')?.length).toBe(4)
  cache.set('c', bytes(4))
  expect(cache.get('b')).toBeUndefined()
  expect(cache.get('a')?.length).toBe(4)
  expect(cache.get('c')?.length).toBe(4)
  expect(cache.bytes).toBe(8)
  expect(cache.size).toBe(2)
})

test('an entry set again replaces the old one in the count; one over the budget is not kept', () => {
  const cache = new GzipCache(10)
  cache.set('a', bytes(4))
  cache.set('a', bytes(6))
  expect(cache.bytes).toBe(6)
  cache.set('big', bytes(11))
  expect(cache.get('big')).toBeUndefined()
  expect(cache.get('a')?.length).toBe(6)
})
