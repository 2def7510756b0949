import { notFoundPageType, pageTypes, readBuildRoutes, type PageType } from './page-types.mjs'

/**
 * The search page with results: the build's route table has the page only as /sok, without a query,
 * and a form is no link the crawl could follow.
 */
const searchResultsPageType: PageType = { pattern: '/sok?q=', path: '/sok?q=kommun', status: 200 }

/**
 * One representative page per route of the build (see page-types.mjs), plus the 404 page and search
 * results. A dynamic route with no page in this dataset (a second page of news when there is one page)
 * is listed apart.
 */
export function visitablePageTypes(webRoot: string) {
  const all = [...pageTypes(readBuildRoutes(webRoot)), searchResultsPageType, notFoundPageType]
  const types = all.flatMap((type) => (type.path ? [{ ...type, path: type.path }] : []))
  const skipped = all.filter((type) => !type.path).map((type) => type.pattern)
  return { types: types satisfies (PageType & { path: string })[], skipped }
}
