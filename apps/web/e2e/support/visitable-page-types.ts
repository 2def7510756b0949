import { notFoundPageType, pageTypes, readBuildRoutes, type PageType } from './page-types.mjs'

/**
 * One representative page per route of the build (see page-types.mjs), plus the 404 page. A dynamic
 * route with no page in this dataset (a second page of news when there is one page) is listed apart.
 */
export function visitablePageTypes(webRoot: string) {
  const all = [...pageTypes(readBuildRoutes(webRoot)), notFoundPageType]
  const types = all.flatMap((type) => (type.path ? [{ ...type, path: type.path }] : []))
  const skipped = all.filter((type) => !type.path).map((type) => type.pattern)
  return { types: types satisfies (PageType & { path: string })[], skipped }
}
