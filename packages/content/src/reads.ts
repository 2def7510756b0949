import type { RoutableType } from './content-types'
import { getAboutPage } from './pages/about-page'
import { listOldAddresses } from './pages/addresses'
import { getArticlePage, getArticlesPage, listArticleOrder, listArticleSlugs } from './pages/articles'
import { getEventPage, getEventsPage, listEventOrder, listEventSlugs } from './pages/events'
import { getHomePage } from './pages/home-page'
import { getInfoPage, listInfoPageSlugs } from './pages/info-pages'
import { findMoved, findMovedTalk } from './pages/moved'
import {
  getOrganisationPage,
  getOrganisationsPage,
  listOrganisationOrder,
  listOrganisationSlugs,
} from './pages/organisations'
import { searchSite } from './pages/search'
import { listSitePages } from './pages/site-pages'
import { getSiteSettings } from './pages/site-settings'
import { getSpeakerPage, getSpeakersPage, listSpeakerOrder, listSpeakerSlugs } from './pages/speakers'
import { getTalkPage, listTalkParams } from './pages/talks'
import type { Read } from './read'

// Everything the site may ask for, by the name it asks with. Each read is declared beside its query
// (pages/*.ts); the content API (content-api.ts) and the site's page reads (apps/web's lib/content.ts)
// are derived from these two lists, so a new read is its declaration and one line here.

/** A read of any arguments: a function whose parameters are `never` stands for one of any parameters. */
type AnyRead = Read<never, unknown>

/** What pages render (and where an old address leads): draft preview reads these from drafts. */
export const pageReads = {
  getHomePage,
  getAboutPage,
  getSiteSettings,
  getArticlePage,
  listArticleOrder,
  getArticlesPage,
  getEventPage,
  listEventOrder,
  getEventsPage,
  getTalkPage,
  getSpeakerPage,
  listSpeakerOrder,
  getSpeakersPage,
  getOrganisationPage,
  listOrganisationOrder,
  getOrganisationsPage,
  getInfoPage,
  findMoved,
  findMovedTalk,
  searchSite,
} satisfies Record<string, AnyRead>

/**
 * Which pages exist, for the routes to prerender (generateStaticParams). They run at build, outside any
 * request, where draft mode may not be asked: the pages that exist are the published ones.
 */
export const prerenderReads = {
  listArticleSlugs,
  listEventSlugs,
  listTalkParams,
  listSpeakerSlugs,
  listOrganisationSlugs,
  listInfoPageSlugs,
  listOldAddresses,
  listSitePages,
} satisfies Record<string, AnyRead>

export const reads = { ...pageReads, ...prerenderReads }

/**
 * Each type's own page read and the read of the pages of the type that are prerendered, by their names
 * in the API, for code that walks every page (the content tests; a sitemap). A type with pages does not
 * compile without them.
 */
export const typeReads = {
  event: { page: 'getEventPage', prerendered: 'listEventSlugs' },
  talk: { page: 'getTalkPage', prerendered: 'listTalkParams' },
  speaker: { page: 'getSpeakerPage', prerendered: 'listSpeakerSlugs' },
  organisation: { page: 'getOrganisationPage', prerendered: 'listOrganisationSlugs' },
  article: { page: 'getArticlePage', prerendered: 'listArticleSlugs' },
  infoPage: { page: 'getInfoPage', prerendered: 'listInfoPageSlugs' },
} as const satisfies Record<
  RoutableType,
  { page: keyof typeof pageReads; prerendered: keyof typeof prerenderReads }
>
