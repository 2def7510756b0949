/** @jest-environment node */
import { JSDOM } from 'jsdom'

import { readFeed } from '@/testing/read-feed'

import { GET as allAtom } from './atom.xml/route'
import { GET as allRss } from './rss.xml/route'
import { GET as kindAtom } from './typ/[kind]/atom.xml/route'
import { generateStaticParams, GET as kindRss } from './typ/[kind]/rss.xml/route'

// Route handlers answer with the platform's Response, which jest's jsdom environment lacks; the body is
// read with jsdom's XML parser all the same.
const parser = new new JSDOM().window.DOMParser()
const request = new Request('http://localhost/nyheter')
const kind = (segment: string) => ({ params: Promise.resolve({ kind: segment }) })
const reportPath = '/nyheter/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

async function served(response: Response) {
  expect(response.status).toBe(200)
  const feed = readFeed(await response.text(), parser)
  expect(feed.parseError).toBeNull()
  return { type: response.headers.get('content-type'), feed }
}

test('the archive of all kinds has an RSS and an Atom feed, each with its content type', async () => {
  const rss = await served(await allRss())
  const atom = await served(await allAtom())

  expect(rss.type).toBe('application/rss+xml; charset=utf-8')
  expect(rss.feed).toMatchObject({ root: 'rss', version: '2.0', link: 'http://localhost:3000/nyheter' })
  expect(atom.type).toBe('application/atom+xml; charset=utf-8')
  expect(atom.feed).toMatchObject({ root: 'feed', id: 'http://localhost:3000/nyheter' })
  for (const { feed } of [rss, atom]) {
    expect(feed.items.map(({ link }) => link)).toEqual([`http://localhost:3000${reportPath}`])
  }
})

test("each kind's feeds hold that kind only, in both formats", async () => {
  expect(generateStaticParams()).toEqual([{ kind: 'nyhet' }, { kind: 'seminarierapport' }])
  for (const GET of [kindRss, kindAtom]) {
    const reports = await served(await GET(request, kind('seminarierapport')))
    const news = await served(await GET(request, kind('nyhet')))

    expect(reports.feed.link).toBe('http://localhost:3000/nyheter/typ/seminarierapport')
    expect(reports.feed.items.map(({ link }) => link)).toEqual([`http://localhost:3000${reportPath}`])
    expect(news.feed.link).toBe('http://localhost:3000/nyheter/typ/nyhet')
    expect(news.feed.items).toEqual([])
  }
})

test('a segment that names no kind has no feed', async () => {
  for (const GET of [kindRss, kindAtom]) {
    for (const segment of ['news', 'seminarReport', 'Nyhet', '']) {
      expect((await GET(request, kind(segment))).status).toBe(404)
    }
  }
})
