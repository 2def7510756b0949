import type { ContentResult } from '@bergslaget/content'

import { publishedContent } from '@/lib/content'

import type { ChangeTimes } from './build-calendar'

/** When each document with a page last changed, by `_id`, from the sitemap's read. */
export function changeTimesOf({ documents }: ContentResult<'listSitePages'>): ChangeTimes {
  return new Map(
    documents.flatMap(({ _updatedAt, target }) => (_updatedAt ? [[target._id, _updatedAt] as const] : [])),
  )
}

/**
 * The sitemap's read has every change time, so the calendars need no query of their own. Its tags
 * cover every list, so a publish rebuilds the calendars too.
 */
export async function readChangeTimes(): Promise<ChangeTimes> {
  return changeTimesOf(await publishedContent.listSitePages())
}
