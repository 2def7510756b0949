import { content, type ContentApi } from '@bergslaget/content'
import { cache } from 'react'

import { draftContent, isDraftModeEnabled } from './draft/draft-content'

/**
 * A page's read: drafts in draft preview, else the published content. cache() makes a page and its
 * metadata, which ask for the same document, share one query per render.
 */
function pageRead<Args extends unknown[], Result>(pick: (api: ContentApi) => (...args: Args) => Result) {
  return cache(async (...args: Args) => {
    const api = (await isDraftModeEnabled()) && draftContent ? draftContent : content
    return pick(api)(...args)
  })
}

export const getHomePage = pageRead((api) => api.getHomePage)
export const getArticlePage = pageRead((api) => api.getArticlePage)
export const listArticles = pageRead((api) => api.listArticles)
export const getAboutPage = pageRead((api) => api.getAboutPage)
export const getSiteSettings = pageRead((api) => api.getSiteSettings)
export const getEventPage = pageRead((api) => api.getEventPage)
export const getEventsPage = pageRead((api) => api.getEventsPage)
export const getTalkPage = pageRead((api) => api.getTalkPage)
export const getSpeakersPage = pageRead((api) => api.getSpeakersPage)
export const getSpeakerPage = pageRead((api) => api.getSpeakerPage)
export const getOrganisationsPage = pageRead((api) => api.getOrganisationsPage)
export const getOrganisationPage = pageRead((api) => api.getOrganisationPage)
export const findMoved = pageRead((api) => api.findMoved)
export const findMovedTalk = pageRead((api) => api.findMovedTalk)
// generateStaticParams runs at build, outside any request, where draftMode() may not be asked:
// the pages that exist are the published ones.
export const { listSpeakerSlugs, listOrganisationSlugs } = content
export const { listArticleSlugs, listEventSlugs, listTalkParams } = content
export const { listArticles: listPublishedArticles, listOldAddresses } = content
