import { aMinuteFresh } from '../support/shared-cache'
import { structuredDataOf } from '../support/structured-data'

import type { HostedSite } from './hosted-site'
import { newSeminar, publisher, renamed, secondsUntil } from './publishing'

export function publishActionTests(site: () => HostedSite) {
  /**
   * Every publish action an editor has, each reaching visitors through one webhook and no deploy: the
   * document's own page and every list and page that links to it. Each wait is measured from the moment
   * the webhook is sent (it includes the route's 3 s wait for the Content Lake to settle).
   */
  describe('publish actions, as a visitor sees them', () => {
    const timings: [string, number][] = []
    let edit: ReturnType<typeof publisher>
    beforeAll(() => {
      edit = publisher(site())
    })
    afterAll(() => {
      console.log(
        `e2e: seconds from webhook to the changed page:\n${timings.map(([what, s]) => `  ${s.toFixed(1)}  ${what}`).join('\n')}`,
      )
    })

    /** The status, and how long a CDN in front may answer with it before it asks the server again. */
    const answer = async (path: string) => {
      const response = await fetch(`${site().baseUrl}${path}`, { redirect: 'manual' })
      await response.arrayBuffer()
      return { status: response.status, cacheControl: response.headers.get('cache-control') }
    }
    /** Sends the webhook of `change` and waits until every page check holds, timing the first. */
    async function visibleAfter(
      what: string,
      change: () => Promise<{ status: number }>,
      checks: [string, (page: { status: number; html: string; location: string | null }) => boolean][],
    ) {
      const start = performance.now()
      expect((await change()).status).toBe(200)
      for (const [index, [path, check]] of checks.entries()) {
        const seconds = await secondsUntil(site().baseUrl, path, check, start)
        if (index === 0) timings.push([what, seconds])
      }
    }
    const shows = (text: string) => (page: { status: number; html: string }) =>
      page.status === 200 && page.html.includes(text)
    const lacks = (text: string) => (page: { status: number; html: string }) =>
      page.status === 200 && !page.html.includes(text)
    const gone = (page: { status: number; html: string }) =>
      page.status === 404 && page.html.includes('Sidan finns inte')
    /** The page's JSON-LD has an Event with these properties. */
    const describesEvent =
      (properties: Record<string, unknown>) => (page: { status: number; html: string }) =>
        page.status === 200 &&
        structuredDataOf(page.html)
          .flatMap((block) => block['@graph'])
          .some(
            (thing) =>
              thing['@type'] === 'Event' && expect.objectContaining(properties).asymmetricMatch(thing),
          )
    const redirectsTo = (path: string) => (page: { status: number; location: string | null }) =>
      page.status === 308 && page.location === path

    const { organisation, event, speaker, talk, article } = newSeminar
    const organisationPath = '/organisationer/hofors-energi'
    const eventPath = '/evenemang/framtidsdag-i-bergslagen'
    const talkPath = `${eventPath}/vatgas-i-praktiken`
    const speakerPath = '/talare/nora-nyberg'
    const articlePath = '/nyheter/rapport-fran-framtidsdagen'

    test('create: each new document gets its page and joins every list, even where a visitor asked too early', async () => {
      // Asked for before it exists (a shared link, a guess): a 404, which must not outlive the publish,
      // here or in a CDN in front.
      for (const path of [organisationPath, eventPath, speakerPath, talkPath, articlePath]) {
        expect(await answer(path)).toEqual({ status: 404, cacheControl: aMinuteFresh })
      }

      await visibleAfter('new organisation: its page', () => edit.publish(organisation), [
        [organisationPath, shows('Hofors Energi')],
        ['/organisationer', shows(`href="${organisationPath}"`)],
        ['/sitemap.xml', shows(`${organisationPath}</loc>`)],
      ])
      expect(await answer(organisationPath)).toEqual({ status: 200, cacheControl: aMinuteFresh })

      await visibleAfter('new event: its page', () => edit.publish(event), [
        [eventPath, shows('Framtidsdag i Bergslagen')],
        ['/evenemang', shows(`href="${eventPath}"`)],
        ['/', shows(`href="${eventPath}"`)],
        ['/organisationer/intresseforeningen-bergslaget', shows(`href="${eventPath}"`)],
        [organisationPath, shows(`href="${eventPath}"`)],
        // In the subscribed calendar and a file of its own, and found by the site's search.
        ['/evenemang/kalender.ics', shows('SUMMARY:Framtidsdag i Bergslagen')],
        [`${eventPath}/kalender.ics`, shows('DTSTART:20310512T070000Z')],
        ['/sok?q=framtidsdag', shows(`href="${eventPath}"`)],
      ])
      await visibleAfter('new speaker: their page', () => edit.publish(speaker), [
        [speakerPath, shows('Nora Nyberg')],
        ['/talare', shows(`href="${speakerPath}"`)],
        ['/organisationer/ovako', shows(`href="${speakerPath}"`)],
        ['/sitemap.xml', shows(`${speakerPath}</loc>`)],
        ['/sok?q=nyberg', shows(`href="${speakerPath}"`)],
        // Rendered after the build, it carries the policy of its own inline scripts (cache-handler.mjs).
        [
          speakerPath,
          shows('<meta http-equiv="Content-Security-Policy" content="script-src \'self\' \'sha256-'),
        ],
      ])
      await visibleAfter('new talk: its page', () => edit.publish(talk), [
        [talkPath, shows('Vätgas i praktiken')],
        [eventPath, shows(`href="${talkPath}"`)],
        [speakerPath, shows(`href="${talkPath}"`)],
        ['/sitemap.xml', shows(`${talkPath}</loc>`)],
        // For search engines too: in Swedish time, with the place and the new speaker.
        [
          eventPath,
          describesEvent({
            startDate: '2031-05-12T09:00:00+02:00',
            eventStatus: 'https://schema.org/EventScheduled',
            location: expect.objectContaining({ name: 'Folkets hus' }),
            performer: [expect.objectContaining({ name: 'Nora Nyberg' })],
          }),
        ],
      ])
      await visibleAfter('new report: its page', () => edit.publish(article), [
        [articlePath, shows('Rapport från Framtidsdagen')],
        ['/nyheter', shows(`href="${articlePath}"`)],
        ['/nyheter/typ/seminarierapport', shows(`href="${articlePath}"`)],
        ['/', shows(`href="${articlePath}"`)],
        [eventPath, shows(`href="${articlePath}"`)],
        ['/sitemap.xml', shows(`${articlePath}</loc>`)],
        ['/nyheter/rss.xml', shows(`${articlePath}</link>`)],
        ['/nyheter/typ/seminarierapport/atom.xml', shows(`${articlePath}"/>`)],
      ])
    })

    test('rename: the new address works and the old one redirects permanently, for a talk under a renamed event too', async () => {
      const renamedSpeaker = renamed(speaker, 'nora-nyberg-lind')
      await visibleAfter('renamed speaker: the new address', () => edit.publish(renamedSpeaker), [
        ['/talare/nora-nyberg-lind', shows('Nora Nyberg')],
        [speakerPath, redirectsTo('/talare/nora-nyberg-lind')],
        ['/talare', shows('href="/talare/nora-nyberg-lind"')],
        [talkPath, shows('href="/talare/nora-nyberg-lind"')],
        [
          '/sitemap.xml',
          (page) => shows('/talare/nora-nyberg-lind</loc>')(page) && lacks(`${speakerPath}</loc>`)(page),
        ],
      ])
      const newEventPath = '/evenemang/framtidsdagen-2031'
      const newTalkPath = `${newEventPath}/vatgas-i-praktiken`
      await visibleAfter(
        'renamed event: the new address',
        () => edit.publish(renamed(event, 'framtidsdagen-2031')),
        [
          [newEventPath, shows('Framtidsdag i Bergslagen')],
          [eventPath, redirectsTo(newEventPath)],
          [talkPath, redirectsTo(newTalkPath)],
          [newTalkPath, shows('Vätgas i praktiken')],
          ['/evenemang', shows(`href="${newEventPath}"`)],
          ['/talare/nora-nyberg-lind', shows(`href="${newTalkPath}"`)],
          // The same entry (its UID), now with the new address.
          ['/evenemang/kalender.ics', shows(`/evenemang/framtidsdagen-2031\r\n`)],
          [`${newEventPath}/kalender.ics`, shows('SUMMARY:Framtidsdag i Bergslagen')],
          ['/sok?q=framtidsdag', shows(`href="${newEventPath}"`)],
        ],
      )
    })

    test('unpublish: the page answers the Swedish 404 and the document leaves every list', async () => {
      await visibleAfter('unpublished report: its 404', () => edit.remove(article._id), [
        [articlePath, gone],
        ['/nyheter', lacks(articlePath)],
        ['/', lacks(articlePath)],
        ['/evenemang/framtidsdagen-2031', lacks(articlePath)],
        ['/sitemap.xml', lacks(articlePath)],
        ['/nyheter/rss.xml', lacks(articlePath)],
        ['/nyheter/typ/seminarierapport/atom.xml', lacks(articlePath)],
        ['/sok?q=framtidsdagen', lacks(articlePath)],
      ])
    })

    test('delete: the talk, then its speaker, leave their pages and every list', async () => {
      const newTalkPath = '/evenemang/framtidsdagen-2031/vatgas-i-praktiken'
      await visibleAfter('deleted talk: its 404', () => edit.remove(talk._id), [
        [newTalkPath, gone],
        ['/evenemang/framtidsdagen-2031', lacks(newTalkPath)],
        ['/talare/nora-nyberg-lind', lacks(newTalkPath)],
        ['/sitemap.xml', lacks(newTalkPath)],
      ])
      await visibleAfter('deleted speaker: their 404', () => edit.remove(speaker._id), [
        ['/talare/nora-nyberg-lind', gone],
        // Its old address goes with it: no redirect into a 404.
        [speakerPath, gone],
        ['/talare', lacks('nora-nyberg')],
        ['/organisationer/ovako', lacks('nora-nyberg')],
        ['/sok?q=nyberg', lacks('nora-nyberg')],
      ])
    })
  })
}
