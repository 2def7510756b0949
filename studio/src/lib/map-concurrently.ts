/**
 * `Promise.all(items.map(work))` with at most `limit` calls of `work` unsettled at a time: the results
 * come back in the order of `items`, whatever order the calls finish in. What `Promise.all` over a
 * whole list costs is that every call holds its memory at once; here only `limit` calls do.
 *
 * The first rejection rejects the whole, as with `Promise.all`, and no further call is started (those
 * already running finish on their own).
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number ≥ 1, not ${limit}`)
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  // Each lane takes the next item as soon as its last call settles, so a slow item holds up one lane only.
  const lane = async () => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index] as T, index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}
