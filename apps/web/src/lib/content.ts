import { content } from '@bergslaget/content'
import { cache } from 'react'

// A page and its metadata ask for the same document; cache() makes that one query per render.
export const getHomePage = cache(content.getHomePage)
export const getArticlePage = cache(content.getArticlePage)
export const getEventPage = cache(content.getEventPage)
export const { listArticleSlugs, listEventSlugs } = content
