import { mapConcurrently } from './map-concurrently'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `work` wrapped to count its unsettled calls; `most` is the highest count seen. */
function counted<T, R>(work: (item: T) => Promise<R>) {
  const seen = { running: 0, most: 0, started: [] as T[] }
  const wrapped = async (item: T) => {
    seen.started.push(item)
    seen.most = Math.max(seen.most, ++seen.running)
    try {
      return await work(item)
    } finally {
      seen.running--
    }
  }
  return { seen, wrapped }
}

describe('mapConcurrently', () => {
  it('keeps the order of the items when later calls finish first', async () => {
    const items = [30, 5, 20, 1, 10, 2, 15]
    const { seen, wrapped } = counted(async (ms: number) => {
      await delay(ms)
      return ms * 2
    })
    expect(await mapConcurrently(items, 3, wrapped)).toEqual(items.map((ms) => ms * 2))
    expect(seen.most).toBe(3)
    expect(seen.started).toEqual(items)
  })

  it('never has more than `limit` calls unsettled, and starts the next as soon as one settles', async () => {
    const items = Array.from({ length: 40 }, (_, index) => index)
    const { seen, wrapped } = counted(async (index: number) => {
      await delay(index % 7)
      return index
    })
    const start = performance.now()
    expect(await mapConcurrently(items, 4, wrapped)).toEqual(items)
    expect(seen.most).toBe(4)
    // 40 calls of 0–6 ms in 4 lanes: far from the ~120 ms of one lane.
    expect(performance.now() - start).toBeLessThan(1_000)
  })

  it('passes each item its index and handles fewer items than the limit, or none', async () => {
    expect(await mapConcurrently(['a', 'b'], 8, async (item, index) => `${item}${index}`)).toEqual([
      'a0',
      'b1',
    ])
    expect(await mapConcurrently([], 8, async () => 1)).toEqual([])
  })

  it('rejects with the first failure and starts no call after it', async () => {
    const { seen, wrapped } = counted(async (index: number) => {
      await delay(1)
      if (index === 2) throw new Error('item 2')
      return index
    })
    await expect(mapConcurrently([0, 1, 2, 3, 4, 5, 6, 7], 2, wrapped)).rejects.toThrow('item 2')
    await delay(20)
    expect(seen.started).toEqual([0, 1, 2, 3])
  })

  it('refuses a limit that would start nothing or make no sense', async () => {
    await expect(mapConcurrently([1], 0, async (item) => item)).rejects.toThrow(RangeError)
    await expect(mapConcurrently([1], 1.5, async (item) => item)).rejects.toThrow(RangeError)
  })
})
