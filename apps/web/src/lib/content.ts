import {
  content as published,
  pageReadNames,
  type ContentApi,
  type PageContentApi,
} from '@bergslaget/content'
import { cache } from 'react'

import { draftContent, isDraftModeEnabled } from './draft/draft-content'

/** The content a request renders: drafts in draft preview, else the published content. */
async function requestContent(): Promise<ContentApi> {
  return (await isDraftModeEnabled()) && draftContent ? draftContent : published
}

/**
 * What pages render with: each of the content package's page reads, draft-aware. cache() makes a page
 * and its metadata, which ask for the same document, share one query per render.
 */
export const content = Object.fromEntries(
  pageReadNames.map((name) => {
    const read = async (...args: unknown[]) => {
      const call = (await requestContent())[name] as (...args: unknown[]) => Promise<unknown>
      return call(...args)
    }
    return [name, cache(read)]
  }),
  // Built by a loop over the names, which TypeScript cannot follow into the mapped type: the cast restates it.
) as PageContentApi

/**
 * What prerendering asks (generateStaticParams, which pages exist): it runs at build, outside any
 * request, where draftMode() may not be asked. The pages that exist are the published ones.
 */
export const publishedContent: ContentApi = published
