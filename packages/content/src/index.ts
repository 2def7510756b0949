import { createContentApi } from './content-api'
import { createConfiguredSource } from './source/configured-source'

// Configuration is read when this module is first imported, so a half-set environment stops the
// build or the server at once instead of on the first page that asks for content.
export const content = createContentApi(createConfiguredSource())

export type { ContentApi } from './content-api'
export type { ArticlePage } from './pages/article-page'
export type { EventPage } from './pages/event-page'
export type { HomePage } from './pages/home-page'
export type { ArticleSummary } from './fragments/article-summary'
export type { EventDate, EventSummary } from './fragments/event-summary'
export type { OrganisationSummary } from './fragments/organisation-summary'
export type { ProgrammeTalk } from './fragments/programme-talk'
export type { RichText } from './fragments/rich-text'
export type { SpeakerSummary } from './fragments/speaker-summary'
