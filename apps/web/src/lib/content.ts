import { content } from '@bergslaget/content'
import { cache } from 'react'

// A page and its metadata ask for the same document; cache() makes that one query per render.
export const getHomePage = cache(content.getHomePage)
export const getArticlePage = cache(content.getArticlePage)
export const listArticles = cache(content.listArticles)
export const getAboutPage = cache(content.getAboutPage)
export const getSiteSettings = cache(content.getSiteSettings)
export const getEventPage = cache(content.getEventPage)
export const getEventsPage = cache(content.getEventsPage)
export const getTalkPage = cache(content.getTalkPage)
export const getSpeakersPage = cache(content.getSpeakersPage)
export const getSpeakerPage = cache(content.getSpeakerPage)
export const getOrganisationsPage = cache(content.getOrganisationsPage)
export const getOrganisationPage = cache(content.getOrganisationPage)
export const { listSpeakerSlugs, listOrganisationSlugs } = content
export const { listArticleSlugs, listEventSlugs, listTalkParams } = content
