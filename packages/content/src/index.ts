import { createContentApi, type ContentApi } from './content-api'
import { createConfiguredSource } from './source/configured-source'

// Configuration is read when this module is first imported, so a half-set environment stops the
// build or the server at once instead of on the first page that asks for content.
export const content = createContentApi(createConfiguredSource())

export { imageSource, type ImageSource } from './image-source'
export { articlesOfKind } from './pages/articles'
export { readHomeLists } from './pages/home-page'
export { compareSwedish } from './sort/swedish'
export type { SearchGroup, SearchHit } from './pages/search'

export { pageReadNames, type ContentApi, type PageContentApi } from './content-api'

/**
 * What a read gives the site when it finds something, by the read's name (reads.ts):
 * `ContentResult<'getSpeakerPage'>` is a speaker's page. Derived, so no page's type is written twice.
 */
export type ContentResult<Name extends keyof ContentApi> = NonNullable<Awaited<ReturnType<ContentApi[Name]>>>

// The results the site's components take as props, under the names they use.
export type SiteSettings = ContentResult<'getSiteSettings'>
export type OrganisationPage = ContentResult<'getOrganisationPage'>

export type { Contact } from './fragments/contact'
export type { EventDate } from './fragments/event-date'
export type { FocusArea } from './fragments/focus-area'
export type { ContentImage } from './fragments/image'
export type { ContentLink } from './fragments/link'
export type { ProgrammeTalk } from './fragments/programme-talk'
export type { RichText } from './fragments/rich-text'
export type { ContentVideo } from './fragments/video'
export type {
  ArticleSummary,
  EventSummary,
  OrganisationListing,
  OrganisationSummary,
  SpeakerSummary,
  TalkSummary,
} from './fragments/summaries'
export type { ArticleKind } from './vocabularies'
