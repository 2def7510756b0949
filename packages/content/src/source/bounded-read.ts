/**
 * How long one read of the Content Lake may take, and when it is tried again. @sanity/client cannot
 * bound a read by itself here: with cache tags it goes through the global fetch (Next.js's), where
 * get-it ignores the client's `timeout`, while its own retry middleware retries a network error up to
 * five times. So the client gets `maxRetries: 0` and every read goes through `boundedRead`: an abort
 * signal ends each attempt, the whole answer included, and a few transient failures are tried again.
 */
export interface ReadPolicy {
  /** Each attempt is aborted after this long. */
  attemptTimeoutMs: number
  /** The pause before each retry; as many retries as entries. */
  retryDelaysMs: readonly number[]
}

/**
 * 5 s is many times what a query of this site takes, and short enough that a page's two or three reads
 * stay under `next build`'s 60 s per page even in the worst case, which is every attempt timing out:
 * 3 × 5 s + 0.25 s + 1 s = 16.25 s (`worstCaseMs`).
 */
export const defaultReadPolicy: ReadPolicy = { attemptTimeoutMs: 5_000, retryDelaysMs: [250, 1_000] }

export function worstCaseMs({ attemptTimeoutMs, retryDelaysMs }: ReadPolicy): number {
  return (retryDelaysMs.length + 1) * attemptTimeoutMs + retryDelaysMs.reduce((sum, ms) => sum + ms, 0)
}

/** An attempt that got no whole answer in time. */
export class ReadTimeoutError extends Error {
  override name = 'ReadTimeoutError'
}

/** The Content Lake's answers that say "try again shortly": rate limited, or a gateway in trouble. */
const transientStatuses = new Set([429, 502, 503, 504])

/**
 * Whether a failed attempt is worth another: a timeout, a transient status, or a request that got no
 * answer at all (node:http's `ECONNRESET`-style codes, undici's "fetch failed"). Anything else (a bad
 * query, a refused token, a body that is not JSON) fails the same way again.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof ReadTimeoutError) return true
  if (typeof error !== 'object' || error === null) return false
  if ('statusCode' in error && typeof error.statusCode === 'number') {
    return transientStatuses.has(error.statusCode)
  }
  // By name, not instanceof: undici's TypeError may come from another realm (jest's, for one).
  if ('name' in error && error.name === 'TypeError')
    return 'message' in error && error.message === 'fetch failed'
  return 'code' in error && typeof error.code === 'string' && /^E[A-Z_]+$/.test(error.code)
}

/** Runs `attempt` under the policy; the error of the last attempt is the read's. */
export async function boundedRead<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  policy: ReadPolicy = defaultReadPolicy,
): Promise<T> {
  const attempts = policy.retryDelaysMs.length + 1
  for (let index = 0; ; index++) {
    const controller = new AbortController()
    const timer = setTimeout(
      () =>
        controller.abort(
          new ReadTimeoutError(
            `The Content Lake did not answer within ${policy.attemptTimeoutMs} ms (attempt ${index + 1} of ${attempts})`,
          ),
        ),
      policy.attemptTimeoutMs,
    )
    let failure: unknown
    try {
      return await attempt(controller.signal)
    } catch (error) {
      // The client reports an abort as its own AbortError; the reason says it was this timeout.
      failure = controller.signal.aborted ? controller.signal.reason : error
    } finally {
      clearTimeout(timer)
    }
    const delay = policy.retryDelaysMs[index]
    if (delay === undefined || !isTransient(failure)) throw failure
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
