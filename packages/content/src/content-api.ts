import { getAboutPage } from './pages/about-page'
import { listArticles, type ArticleKind } from './pages/article-list'
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
import { cacheTags } from './cache-tags'
import type { ContentSource } from './source/content-source'

/** The same source with cache tags on every read (see cache-tags.ts); the page query modules need not know. */
function tagged(source: ContentSource, ...tags: string[]): ContentSource {
  return {
    kind: source.kind,
    fetch: (query, params, options) => source.fetch(query, params, { ...options, tags }),
  }
}

/**
 * Everything the site may ask for, one function per use, bound to one source. Each read carries the
 * cache tags of what it shows, so a webhook can refresh exactly the pages a change touches.
 */
export function createContentApi(source: ContentSource) {
  const { list } = cacheTags
  return {
    getHomePage: () => getHomePage(tagged(source, cacheTags.siteSettings, list('article'), list('event'))),
    getArticlePage: (slug: string) => getArticlePage(tagged(source, cacheTags.article(slug)), slug),
    listArticleSlugs: () => listArticleSlugs(tagged(source, list('article'))),
    listArticles: (kind: ArticleKind | null = null) => listArticles(tagged(source, list('article')), kind),
    getAboutPage: () => getAboutPage(tagged(source, cacheTags.association)),
    getSiteSettings: () => getSiteSettings(tagged(source, cacheTags.siteSettings)),
    getEventPage: (slug: string) => getEventPage(tagged(source, cacheTags.event(slug)), slug),
    listEventSlugs: () => listEventSlugs(tagged(source, list('event'))),
    getEventsPage: () => getEventsPage(tagged(source, list('event'))),
    getTalkPage: (event: string, talk: string) =>
      getTalkPage(tagged(source, cacheTags.talk(event, talk)), event, talk),
    listTalkParams: () => listTalkParams(tagged(source, list('talk'))),
    getSpeakersPage: () => getSpeakersPage(tagged(source, list('speaker'))),
    getSpeakerPage: (slug: string) => getSpeakerPage(tagged(source, cacheTags.speaker(slug)), slug),
    listSpeakerSlugs: () => listSpeakerSlugs(tagged(source, list('speaker'))),
    getOrganisationsPage: () => getOrganisationsPage(tagged(source, list('organisation'))),
    getOrganisationPage: (slug: string) =>
      getOrganisationPage(tagged(source, cacheTags.organisation(slug)), slug),
    listOrganisationSlugs: () => listOrganisationSlugs(tagged(source, list('organisation'))),
  }
}

export type ContentApi = ReturnType<typeof createContentApi>
