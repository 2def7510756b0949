import { browserEncodings, decodedBody, rawRequest } from '../src/testing/raw-request'

import { e2eContext } from './support/crawl-result'
import { startPagePerTest } from './support/page-per-test'

const { baseUrl, crawl } = e2eContext()

const get = (path: string, headers: Record<string, string>) => rawRequest(new URL(path, baseUrl), headers)

const gzipOnly = { 'accept-encoding': 'gzip' }

test('every page the crawl reached is sent to a browser in brotli, to a gzip-only client in gzip, and whole to a client without either', async () => {
  const pages = crawl.pages.filter((page) => page.isHtml && page.status === 200)
  expect(pages.length).toBeGreaterThan(20)
  for (const { path } of pages) {
    const compressed = await get(path, browserEncodings)
    expect([path, compressed.status, compressed.headers['content-encoding']]).toEqual([path, 200, 'br'])
    expect(compressed.headers.vary).toMatch(/Accept-Encoding/)
    const html = decodedBody(compressed)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"/)

    const gzipped = await get(path, gzipOnly)
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(decodedBody(gzipped)).toBe(html)

    const plain = await get(path, {})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(html)
  }
})

test('a prerendered page has an ETag, and a browser that has it gets a 304', async () => {
  const first = await get('/talare', browserEncodings)
  expect(first.headers['cache-control']).toMatch(/s-maxage/)
  expect(first.headers.etag).toMatch(/^W\/"/)
  const second = await get('/talare', browserEncodings)
  expect(second.headers.etag).toBe(first.headers.etag)
  expect(second.body.equals(first.body)).toBe(true)

  const revalidated = await get('/talare', {
    ...browserEncodings,
    'if-none-match': String(first.headers.etag),
  })
  expect(revalidated.status).toBe(304)
  expect(revalidated.body.length).toBe(0)
})

test("the build's scripts are compressed, kept by the browser for a year", async () => {
  const page = decodedBody(await get('/', browserEncodings))
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1]
  expect(script).toBeDefined()
  const js = await get(script ?? '', browserEncodings)
  expect([js.status, js.headers['content-encoding']]).toEqual([200, 'br'])
  expect(js.headers['cache-control']).toMatch(/immutable/)
})

describe('in the browser', () => {
  const page = startPagePerTest(baseUrl, {})

  it('a page followed by a link comes as a brotli-compressed RSC payload', async () => {
    const payloads: Promise<[string | null, string | null]>[] = []
    page().on('response', (response) => {
      if (new URL(response.url()).searchParams.has('_rsc'))
        payloads.push(
          Promise.all([response.headerValue('content-type'), response.headerValue('content-encoding')]),
        )
    })
    await page().goto(`${baseUrl}/talare`)
    await page().waitForFunction(() => 'next' in window)
    await page().locator('main a[href^="/talare/"]').first().click()
    await page().waitForURL((url) => url.pathname.startsWith('/talare/'))
    expect(payloads.length).toBeGreaterThanOrEqual(1)
    for (const [type, encoding] of await Promise.all(payloads)) {
      expect(type).toMatch(/^text\/x-component/)
      expect(encoding).toBe('br')
    }
  })
})
