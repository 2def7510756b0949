import type { ArticleKind, ContentResult } from '@bergslaget/content'
import { sectionTypes } from '@bergslaget/content/content-types'
import { articleKinds } from '@bergslaget/content/vocabularies'

import { articlesPerPage, pageCountOf } from '@/lib/pagination/paginate'
import { hrefFor, routes } from '@/lib/routes'

type SitePagesContent = ContentResult<'listSitePages'>
type Dated = { _updatedAt: string | null }

/** A public page of the site and when what it shows last changed, when that is known. */
export interface SitePage {
  path: string
  lastModified?: string
}

/** The latest of the dates; undefined when none is known. */
function newest(dates: (string | null | undefined)[]): string | undefined {
  const known = dates.filter((date): date is string => Boolean(date))
  return known.length ? known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : undefined
}

const newestOf = (documents: Dated[]) => newest(documents.map(({ _updatedAt }) => _updatedAt))

/**
 * Every page a visitor can reach, as the routes prerender them: each document's page, each section's
 * list (dated by its newest member), every page of the news archive by kind, the home page (the newest
 * of all) and the association page. Redirects, API routes and draft preview are not pages.
 */
export function sitePages({ documents, association }: SitePagesContent): SitePage[] {
  const ofType = (type: string) => documents.filter(({ target }) => target._type === type)
  const articles = ofType('article')

  const documentPages = documents.flatMap(({ target, _updatedAt }) => {
    const path = hrefFor(target)
    return path ? [{ path, lastModified: _updatedAt ?? undefined }] : []
  })
  const lists = sectionTypes.map((type) => ({
    path: routes.list[type],
    lastModified: newestOf(ofType(type)),
  }))
  // The archive of all kinds' first page is the articles' list above.
  const archive = [null, ...articleKinds.values].flatMap((kind: ArticleKind | null) => {
    const members = kind
      ? articles.filter(({ target }) => 'kind' in target && target.kind === kind)
      : articles
    const pageCount = pageCountOf(members.length, articlesPerPage)
    return Array.from({ length: pageCount }, (_, index) => index + 1)
      .filter((page) => kind || page > 1)
      .map((page) => ({ path: routes.newsArchive(kind, page), lastModified: newestOf(members) }))
  })
  return [
    { path: routes.home, lastModified: newest([association, newestOf(documents)]) },
    { path: routes.about, lastModified: association ?? undefined },
    ...lists,
    ...archive,
    ...documentPages,
  ]
}
