// Requests per second and tail latency of one page under load (autocannon), as a browser asks for it
// (Chromium's Accept-Encoding: the site answers it with brotli, the bare page's `next start` with gzip).
// Plain ESM.
import autocannon from 'autocannon'

export const connections = 50
export const durationSeconds = 10

/**
 * @param {string} url
 * @param {number} seconds
 * @returns {Promise<{ requestsPerSecond: number, p99Ms: number, errors: number, non2xx: number }>}
 */
export async function throughput(url, seconds = durationSeconds) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
  })
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
