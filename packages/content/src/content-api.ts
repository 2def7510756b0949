import { getAboutPage } from './pages/about-page'
import { listArticles } from './pages/article-list'
import { getArticlePage, listArticleSlugs } from './pages/article-page'
import { getEventPage, listEventSlugs } from './pages/event-page'
import { getEventsPage } from './pages/events-page'
import { getHomePage } from './pages/home-page'
import { getOrganisationPage, listOrganisationSlugs } from './pages/organisation-page'
import { getOrganisationsPage } from './pages/organisations-page'
import { getSpeakerPage, listSpeakerSlugs } from './pages/speaker-page'
import { getSpeakersPage } from './pages/speakers-page'
import { getTalkPage, listTalkParams } from './pages/talk-page'
import { getSiteSettings } from './pages/site-settings'
import { routableTypes } from './fragments/slug'
import { addressTag, listAddresses } from './pages/addresses'
import { findMovedDocument, findMovedTalk, type MovableType } from './pages/moved'
import { cacheTags } from './cache-tags'
import type { ContentSource, FetchOptions } from './source/content-source'
import type { ArticleKind } from './vocabularies'

/** The same source with these options (cache tags, see cache-tags.ts) on every read; the page query modules need not know. */
function reading(source: ContentSource, options: FetchOptions): ContentSource {
  return {
    kind: source.kind,
    fetch: (query, params, given) => source.fetch(query, params, { ...given, ...options }),
  }
}

const tagged = (source: ContentSource, ...tags: string[]) => reading(source, { tags })

/**
 * Whether a page or redirect read for an address (named by its cache tag) may run. The bundled dataset
 * changes only with a new build, so its addresses are read once per process and an address it lacks is
 * "not found" without a query: detail routes render unknown slugs on demand (hosted content grows
 * between builds), and a stream of made-up slugs must not turn into a stream of dataset scans.
 * Everything is allowed in hosted mode, where a slug unknown at build may have been published since.
 */
function addressGate(source: ContentSource): (tag: string) => Promise<boolean> {
  if (source.kind !== 'embedded') return async () => true
  let known: Promise<Set<string>> | undefined
  return async (tag) => {
    known ??= listAddresses(source).then((addresses) => new Set(addresses.map(addressTag)))
    return (await known).has(tag)
  }
}

/**
 * Everything the site may ask for, one function per use, bound to one source. Each read carries the
 * cache tags of what it shows, so a webhook can refresh exactly the pages a change touches.
 */
export function createContentApi(source: ContentSource) {
  const { list } = cacheTags
  const isAddress = addressGate(source)
  /** A read of one address's page, run only for an address the source may have. */
  const at = async <T>(tag: string, read: (tagged: ContentSource) => Promise<T>): Promise<T | null> =>
    (await isAddress(tag)) ? read(tagged(source, tag)) : null
  return {
    getHomePage: () => getHomePage(tagged(source, cacheTags.siteSettings, list('article'), list('event'))),
    getArticlePage: (slug: string) => at(cacheTags.article(slug), (tagged) => getArticlePage(tagged, slug)),
    listArticleSlugs: () => listArticleSlugs(tagged(source, list('article'))),
    listArticles: (kind: ArticleKind | null = null) => listArticles(tagged(source, list('article')), kind),
    getAboutPage: () => getAboutPage(tagged(source, cacheTags.association)),
    getSiteSettings: () => getSiteSettings(reading(source, { tags: [cacheTags.siteSettings], keep: true })),
    getEventPage: (slug: string) => at(cacheTags.event(slug), (tagged) => getEventPage(tagged, slug)),
    listEventSlugs: () => listEventSlugs(tagged(source, list('event'))),
    getEventsPage: () => getEventsPage(tagged(source, list('event'))),
    getTalkPage: (event: string, talk: string) =>
      at(cacheTags.talk(event, talk), (tagged) => getTalkPage(tagged, event, talk)),
    listTalkParams: () => listTalkParams(tagged(source, list('talk'))),
    getSpeakersPage: () => getSpeakersPage(tagged(source, list('speaker'))),
    getSpeakerPage: (slug: string) => at(cacheTags.speaker(slug), (tagged) => getSpeakerPage(tagged, slug)),
    listSpeakerSlugs: () => listSpeakerSlugs(tagged(source, list('speaker'))),
    getOrganisationsPage: () => getOrganisationsPage(tagged(source, list('organisation'))),
    getOrganisationPage: (slug: string) =>
      at(cacheTags.organisation(slug), (tagged) => getOrganisationPage(tagged, slug)),
    listOrganisationSlugs: () => listOrganisationSlugs(tagged(source, list('organisation'))),
    /** Where an address no document has now has moved to: the current slug, or null. */
    findMoved: (type: MovableType, slug: string) =>
      at(cacheTags[type](slug), (tagged) => findMovedDocument(tagged, type, slug)),
    findMovedTalk: (event: string, talk: string) =>
      at(cacheTags.talk(event, talk), (tagged) => findMovedTalk(tagged, event, talk)),
    /** Every address that redirects (a document's old slugs), for the routes to prerender with the rest. */
    listOldAddresses: async () =>
      (await listAddresses(tagged(source, ...routableTypes.map(list)))).filter(({ current }) => !current),
  }
}

export type ContentApi = ReturnType<typeof createContentApi>
