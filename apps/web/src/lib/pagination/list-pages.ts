import { listTypes, pageTypes, type ListType } from '@bergslaget/content/content-types'
import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

/**
 * How many entries a page of each list shows. The news archive's cards are long and read one by one;
 * the other lists are sized so that a page's HTML stays well under 100 KB however many documents there
 * are, with room for entries longer than generated ones (a speaker with several affiliations). Issue 12,
 * `next build` on a generated dataset of 19,001 documents: page 1 of /talare 59 KB, /organisationer
 * 58 KB, /evenemang 46 KB; the largest later page 64 KB. About two thirds of each is the RSC payload Next inlines.
 */
export const perPage = {
  article: 10,
  speaker: 80,
  organisation: 100,
  event: 30,
} as const satisfies Record<ListType, number>

/** A section whose list is grouped (by letter, kind or year); the news archive has kinds of its own. */
export type GroupedListType = Exclude<ListType, 'article'>

export const groupedListTypes = listTypes.filter((type): type is GroupedListType => type !== 'article')

/** The title of a page of a section's list: its name, with the page after the first ("Talare, sida 2"). */
export function listPageTitle(type: GroupedListType, page: number): string {
  const name = pageTypes[type].names.visitor.many
  return page > 1 ? `${name}, sida ${page}` : name
}

/** A page of a grouped list's metadata: its title and its own path, with the list's description. */
export function listPageMetadata(type: GroupedListType, page: number, description: string): Metadata {
  return pageMetadata({ title: listPageTitle(type, page), description, path: routes.listPage(type, page) })
}
