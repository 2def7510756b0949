import { CompressionCache } from './compression-cache.mjs'

// An entry weighs its encodings and its key: each of these, under a one-character key, weighs 1 + length.
const compressed = (length: number) => ({ etag: 'W/"x"', encoded: { br: Buffer.alloc(length) } })

test('past its budget the cache lets go of the least recently used entries first', () => {
  const cache = new CompressionCache(10)
  cache.set('a', compressed(4))
  cache.set('b', compressed(4))
  expect(cache.get('a')?.encoded.br?.length).toBe(4)
  cache.set('c', compressed(4))
  expect(cache.get('b')).toBeUndefined()
  expect(cache.get('a')?.encoded.br?.length).toBe(4)
  expect(cache.get('c')?.encoded.br?.length).toBe(4)
  expect(cache.bytes).toBe(10)
  expect(cache.size).toBe(2)
})

test('an entry set again replaces the old one in the count; one over the budget is not kept', () => {
  const cache = new CompressionCache(10)
  cache.set('a', compressed(4))
  cache.set('a', compressed(6))
  expect(cache.bytes).toBe(7)
  cache.set('big', compressed(8))
  expect(cache.get('big')).toBeUndefined()
  expect(cache.get('a')?.encoded.br?.length).toBe(6)
})

test('an entry weighs every encoding it holds', () => {
  const cache = new CompressionCache(20)
  cache.set('a', { etag: 'W/"x"', encoded: { br: Buffer.alloc(4), gzip: Buffer.alloc(5) } })
  expect(cache.bytes).toBe(10)
})

test('a page kept under its own text weighs the text as well', () => {
  const page = 'x'.repeat(6)
  const cache = new CompressionCache(10)
  cache.set(page, compressed(3))
  expect(cache.bytes).toBe(9)
  cache.set('b', compressed(1))
  expect(cache.get(page)).toBeUndefined()
  expect(cache.bytes).toBe(2)
})
