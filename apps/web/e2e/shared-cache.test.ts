import { browserEncodings, rawRequest } from '../src/testing/raw-request'

import { e2eContext } from './support/crawl-result'
import { aMinuteFresh } from './support/shared-cache'

const { baseUrl, crawl } = e2eContext()

const cacheControl = async (path: string) =>
  String((await rawRequest(new URL(path, baseUrl), browserEncodings)).headers['cache-control'] ?? '')

test('a CDN in front of `npm start` keeps no page, 404, feed or calendar longer than a minute before it asks again', async () => {
  const paths = [
    ...crawl.pages.filter(({ status }) => status === 200).map(({ path }) => path),
    '/talare/finns-inte',
    '/nyheter/rss.xml',
    '/evenemang/kalender.ics',
  ]
  const answers = await Promise.all(paths.map(async (path) => ({ path, value: await cacheControl(path) })))
  const shared = answers.filter(({ value }) => /\bs-maxage=/.test(value))
  expect(shared.length).toBeGreaterThan(40)
  expect(shared.filter(({ value }) => value !== aMinuteFresh)).toEqual([])
  // Those a CDN may not keep at all are left so: the search page is rendered for each search.
  expect(answers.filter(({ value }) => !/\bs-maxage=/.test(value)).map(({ path }) => path)).toEqual(
    paths.filter((path) => path.startsWith('/sok')),
  )
  expect(await cacheControl('/sok')).toMatch(/^private, no-cache, no-store/)
})
