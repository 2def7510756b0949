import { defaultReadPolicy, isTransient, ReadTimeoutError, worstCaseMs } from './bounded-read'

test('the default policy bounds a read at the 16.25 s its comment states', () => {
  expect(worstCaseMs(defaultReadPolicy)).toBe(16_250)
})

describe('isTransient', () => {
  const withStatus = (statusCode: number) => Object.assign(new Error('answer'), { statusCode })
  const withCode = (code: string) => Object.assign(new Error('socket'), { code })

  it.each([
    ['a timed-out attempt', new ReadTimeoutError('late')],
    ['429', withStatus(429)],
    ['502', withStatus(502)],
    ['503', withStatus(503)],
    ['504', withStatus(504)],
    ['a reset connection (node:http)', withCode('ECONNRESET')],
    ['a refused connection (node:http)', withCode('ECONNREFUSED')],
    ['a failed fetch (undici)', new TypeError('fetch failed')],
  ])('tries %s again', (_name, error) => {
    expect(isTransient(error)).toBe(true)
  })

  it.each([
    ['400', withStatus(400)],
    ['401', withStatus(401)],
    ['404', withStatus(404)],
    ['500', withStatus(500)],
    ['a body that is not JSON', new SyntaxError('Failed to parse response body as JSON')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'result')")],
    ['an abort from elsewhere', new DOMException('aborted', 'AbortError')],
    ['a thrown string', 'boom'],
  ])('does not try %s again', (_name, error) => {
    expect(isTransient(error)).toBe(false)
  })
})
