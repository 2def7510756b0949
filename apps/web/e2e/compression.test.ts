import { gunzipSync } from 'node:zlib'

import { rawRequest } from '../src/testing/raw-request'

import { e2eContext } from './support/crawl-result'
import { startPagePerTest } from './support/page-per-test'

const { baseUrl, crawl } = e2eContext()

const get = (path: string, headers: Record<string, string>) => rawRequest(new URL(path, baseUrl), headers)

const gzip = { 'accept-encoding': 'gzip, deflate, br' }

test('every page the crawl reached is sent gzipped to a browser, and whole to a client without gzip', async () => {
  const pages = crawl.pages.filter((page) => page.isHtml && page.status === 200)
  expect(pages.length).toBeGreaterThan(20)
  for (const { path } of pages) {
    const compressed = await get(path, gzip)
    expect([path, compressed.status, compressed.headers['content-encoding']]).toEqual([path, 200, 'gzip'])
    expect(compressed.headers.vary).toMatch(/Accept-Encoding/)
    const html = gunzipSync(compressed.body).toString()
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"/)

    const plain = await get(path, {})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(html)
  }
})

test('a prerendered page has an ETag, and a browser that has it gets a 304', async () => {
  const first = await get('/talare', gzip)
  expect(first.headers['cache-control']).toMatch(/s-maxage/)
  expect(first.headers.etag).toMatch(/^W\/"/)
  const second = await get('/talare', gzip)
  expect(second.headers.etag).toBe(first.headers.etag)
  expect(second.body.equals(first.body)).toBe(true)

  const revalidated = await get('/talare', { ...gzip, 'if-none-match': String(first.headers.etag) })
  expect(revalidated.status).toBe(304)
  expect(revalidated.body.length).toBe(0)
})

test("the build's scripts are gzipped, kept by the browser for a year", async () => {
  const page = gunzipSync((await get('/', gzip)).body).toString()
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1]
  expect(script).toBeDefined()
  const js = await get(script ?? '', gzip)
  expect([js.status, js.headers['content-encoding']]).toEqual([200, 'gzip'])
  expect(js.headers['cache-control']).toMatch(/immutable/)
})

describe('in the browser', () => {
  const page = startPagePerTest(baseUrl, {})

  it('a page followed by a link comes as a gzipped RSC payload', async () => {
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
      expect(encoding).toBe('gzip')
    }
  })
})
