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
import type { ContentSource } from './source/content-source'

/** Everything the site may ask for, one function per use, bound to one source. */
export function createContentApi(source: ContentSource) {
  return {
    getHomePage: () => getHomePage(source),
    getArticlePage: (slug: string) => getArticlePage(source, slug),
    listArticleSlugs: () => listArticleSlugs(source),
    listArticles: (kind: ArticleKind | null = null) => listArticles(source, kind),
    getAboutPage: () => getAboutPage(source),
    getSiteSettings: () => getSiteSettings(source),
    getEventPage: (slug: string) => getEventPage(source, slug),
    listEventSlugs: () => listEventSlugs(source),
    getEventsPage: () => getEventsPage(source),
    getTalkPage: (event: string, talk: string) => getTalkPage(source, event, talk),
    listTalkParams: () => listTalkParams(source),
    getSpeakersPage: () => getSpeakersPage(source),
    getSpeakerPage: (slug: string) => getSpeakerPage(source, slug),
    listSpeakerSlugs: () => listSpeakerSlugs(source),
    getOrganisationsPage: () => getOrganisationsPage(source),
    getOrganisationPage: (slug: string) => getOrganisationPage(source, slug),
    listOrganisationSlugs: () => listOrganisationSlugs(source),
  }
}

export type ContentApi = ReturnType<typeof createContentApi>
