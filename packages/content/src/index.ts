import { createContentApi } from './content-api'
import { createConfiguredSource } from './source/configured-source'

// Configuration is read when this module is first imported, so a half-set environment stops the
// build or the server at once instead of on the first page that asks for content.
export const content = createContentApi(createConfiguredSource())

export { imageSource, type ImageSource } from './image-source'
export { compareSwedish } from './sort/swedish'

export type { ContentApi } from './content-api'
export type { AboutPage, Member } from './pages/about-page'
export type { ArticleKind, ArticleList } from './pages/article-list'
export type { ArticlePage } from './pages/article-page'
export type { SiteSettings } from './pages/site-settings'
export type { EventPage } from './pages/event-page'
export type { EventsPage } from './pages/events-page'
export type { HomePage } from './pages/home-page'
export type { OrganisationPage } from './pages/organisation-page'
export type { OrganisationsPage } from './pages/organisations-page'
export type { SpeakerPage } from './pages/speaker-page'
export type { SpeakersPage } from './pages/speakers-page'
export type { TalkPage } from './pages/talk-page'
export type { ArticleSummary } from './fragments/article-summary'
export type { Contact } from './fragments/contact'
export type { EventDate, EventSummary } from './fragments/event-summary'
export type { FocusArea } from './fragments/focus-area'
export type { ContentImage } from './fragments/image'
export type { ContentLink } from './fragments/link'
export type { OrganisationSummary } from './fragments/organisation-summary'
export type { ProgrammeTalk } from './fragments/programme-talk'
export type { RichText } from './fragments/rich-text'
export type { SpeakerSummary } from './fragments/speaker-summary'
export type { TalkWithEvent } from './fragments/talk-with-event'
