import { join } from 'node:path'

import { hostedSiteForTests } from './hosted/hosted-site'
import { draftModeRequests, revalidateRequests } from './hostile/api-requests'
import { withMarkerHeaders } from './hostile/hostile-values'
import { plantOldAddresses, type OldAddress } from './hostile/old-addresses'
import { describeRequest, sendAll, sendRaw, type RawOutcome, type RawRequest } from './hostile/raw-http'
import { imageRequests, oldAddressRequests, requestTargetRequests } from './hostile/redirect-requests'
import { routeRequests } from './hostile/route-requests'
import { judge } from './hostile/verdict'
import { e2eContext } from './support/crawl-result'
import { routeHandlerTypes } from './support/page-types.mjs'
import { visitablePageTypes } from './support/visitable-page-types'

/**
 * Requests no browser sends, against the site as deployed in hosted mode (hosted/hosted-site.ts): with
 * the webhook's secret and the preview token set, every route does its real work, and with old slugs
 * and a preview secret planted in the Content Lake, every redirect of the site can be asked to go
 * elsewhere. Whatever the request, the answer is no 5xx, shows nothing of the server's insides, echoes
 * no input unescaped and sends the visitor nowhere off the site.
 */
const previewSecret = 'e2e-hostile-preview-secret'
// Two cores serve, render and answer the Content Lake's queries: more at once only queues.
const concurrency = 4

let oldAddresses: OldAddress[] = []
const site = hostedSiteForTests((hosted) => {
  oldAddresses = plantOldAddresses(hosted.lake)
  hosted.grantPreview(previewSecret)
})
const statusOf = (outcome: RawOutcome) => ('response' in outcome ? outcome.response.status : null)
const locationsOf = (outcome: RawOutcome) =>
  'response' in outcome ? (outcome.response.headers.location ?? []) : []

/**
 * One target per route type: a page of each page route of the build, search results and the 404 page;
 * each route handler (API routes, feeds, calendars, share images, sitemap, robots); a script of the
 * start page under /_next/static; and the image optimiser's address, asked for the start page's share
 * image (the optimiser is off, next.config.ts: every request there is a 404).
 */
async function routeTargets(webRoot: string): Promise<{ targets: string[]; shareImage: string }> {
  const startPage = await (await fetch(`${site().baseUrl}/`)).text()
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(startPage)?.[1]
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(startPage)?.[1]
  if (!script || !ogImage) throw new Error('the start page has no script under /_next/static or no og:image')
  const shareImage = new URL(ogImage).pathname
  const targets = [
    ...visitablePageTypes(webRoot).types.map((type) => type.path),
    ...routeHandlerTypes(webRoot).flatMap((handler) => (handler.path ? [handler.path] : [])),
    script,
    `/_next/image?url=${encodeURIComponent(shareImage)}&w=64&q=75`,
  ]
  return { targets, shareImage }
}

test('each old address redirects (308) to the current one, so that its hostile forms below mean something', async () => {
  expect(oldAddresses.length).toBeGreaterThanOrEqual(5)
  const answers = await Promise.all(
    oldAddresses.map(async ({ old }) => {
      const outcome = await sendRaw(site().baseUrl, { method: 'GET', target: old })
      // Distinct: Next 16.4.6 sends a redirect rendered on request with its Location twice, the same
      // value (app-page-runtime.js appends the render's headers to a response that already has it).
      return { old, status: statusOf(outcome), locations: [...new Set(locationsOf(outcome))] }
    }),
  )
  expect(answers).toEqual(
    oldAddresses.map(({ old, current }) => ({ old, status: 308, locations: [current] })),
  )
})

test('a valid preview secret opens the page it names, so that its hostile forms below mean something', async () => {
  const outcome = await sendRaw(site().baseUrl, {
    method: 'GET',
    target: `/api/draft-mode/enable?sanity-preview-secret=${previewSecret}&sanity-preview-pathname=%2Ftalare`,
  })
  expect({ status: statusOf(outcome), locations: locationsOf(outcome) }).toEqual({
    status: 307,
    locations: ['/talare'],
  })
})

test('answers every hostile request without a 5xx, a leak, unescaped input or an off-site redirect', async () => {
  const started = performance.now()
  const { baseUrl, webRoot, webhookSecret } = site()
  const { origin } = new URL(baseUrl)
  const { targets, shareImage } = await routeTargets(webRoot)
  const requests: RawRequest[] = [
    ...targets.flatMap(routeRequests),
    ...requestTargetRequests(origin),
    ...oldAddresses.flatMap(oldAddressRequests),
    ...imageRequests(origin, shareImage),
    ...revalidateRequests(webhookSecret),
    ...draftModeRequests(origin, previewSecret),
  ]
  const outcomes = await sendAll(
    baseUrl,
    requests.map((request) => withMarkerHeaders(request, origin)),
    concurrency,
  )

  const repoRoot = join(e2eContext().webRoot, '..', '..')
  const results = requests.map((request, index) => {
    const outcome = outcomes[index] as RawOutcome
    return { request, outcome, verdict: judge(outcome, origin, [repoRoot]) }
  })
  const serverErrors = results.filter(({ verdict }) => verdict.serverError)
  const unsafe = results.filter(({ verdict }) => verdict.unsafe.length > 0)
  const timedOut = results.filter(({ verdict }) => verdict.timedOut)
  const answers = new Map<string, number>()
  for (const { outcome } of results) {
    const answer =
      'response' in outcome ? String(outcome.response.status) : 'closed' in outcome ? 'closed' : 'timeout'
    answers.set(answer, (answers.get(answer) ?? 0) + 1)
  }
  const failureLine = ({ request, outcome, verdict }: (typeof results)[number]) =>
    `${describeRequest(request)} → ${statusOf(outcome) ?? 'no answer'}` +
    (verdict.unsafe.length > 0 ? `: ${verdict.unsafe.join('; ')}` : '')
  console.log(
    [
      `e2e hostile requests: ${requests.length} tried, ${serverErrors.length} 5xx, ${unsafe.length} unsafe`,
      `  ${targets.length} route types; answers: ${[...answers]
        .sort()
        .map(([answer, count]) => `${answer} ×${count}`)
        .join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  )

  expect([...new Set([...serverErrors, ...unsafe, ...timedOut].map(failureLine))]).toEqual([])
})
