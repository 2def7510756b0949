import type { ArticleKind, ContentResult } from '@bergslaget/content'
import { listTypes, pageTypes, singletonPages } from '@bergslaget/content/content-types'
import { isUpcomingAt } from '@bergslaget/content/event-dates'
import { articleKinds } from '@bergslaget/content/vocabularies'

import { newsArchiveHeading, newsArchiveTitle } from '@/components/news-archive/news-archive'
import { siteName } from '@/lib/metadata/page-metadata'
import { groupedListTypes, listPageTitle, perPage, type GroupedListType } from '@/lib/pagination/list-pages'
import { pageCountOf } from '@/lib/pagination/paginate'
import { hrefFor, routes } from '@/lib/routes'

type SitePagesContent = ContentResult<'listSitePages'>
type Dated = { _updatedAt: string | null }

/**
 * A public page of the site: its path, its title and what kind of page it is (as a share image names
 * them), and when what it shows last changed, when that is known.
 */
export interface SitePage {
  path: string
  title: string
  label: string
  lastModified?: string
}

/** The latest of the dates; undefined when none is known. */
function newest(dates: (string | null | undefined)[]): string | undefined {
  const known = dates.filter((date): date is string => Boolean(date))
  return known.length ? known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : undefined
}

const newestOf = (documents: Dated[]) => newest(documents.map(({ _updatedAt }) => _updatedAt))

function documentPage({ target, _updatedAt }: SitePagesContent['documents'][number]): SitePage[] {
  const path = hrefFor(target)
  if (!path) return []
  return [
    {
      path,
      title: 'title' in target ? target.title : target.name,
      label:
        target._type === 'article'
          ? articleKinds.visitor[target.kind]
          : pageTypes[target._type].names.visitor.one,
      lastModified: _updatedAt ?? undefined,
    },
  ]
}

/** The numbers of the pages of a list of `count` entries, `size` a page. */
const pagesOf = (count: number, size: number) =>
  Array.from({ length: pageCountOf(count, size) }, (_, index) => index + 1)

/**
 * Every page a visitor can reach, as the routes prerender them: each document's page, each section's
 * list (dated by its newest member) with its later pages, every page of the news archive by kind, the
 * home page (the newest of all) and the association page. Redirects, API routes and draft preview are
 * not pages. The events list's pages are those of the events past at `now`.
 */
export function sitePages({ documents, association }: SitePagesContent, now = new Date()): SitePage[] {
  const ofType = (type: string) => documents.filter(({ target }) => target._type === type)
  const articles = ofType('article')
  // Counted as the lists count them: every document with a summary, the events only once past.
  const listed: Record<GroupedListType, number> = {
    speaker: ofType('speaker').length,
    organisation: ofType('organisation').length,
    event: ofType('event').filter(({ endKey }) => !isUpcomingAt(endKey, now)).length,
  }

  const lists = listTypes.map((type) => ({
    path: routes.list[type],
    title: type === 'article' ? newsArchiveTitle : pageTypes[type].names.visitor.many,
    label: siteName,
    lastModified: newestOf(ofType(type)),
  }))
  // The first page of each list is among the lists above.
  const laterListPages = groupedListTypes.flatMap((type) =>
    pagesOf(listed[type], perPage[type])
      .filter((page) => page > 1)
      .map((page) => ({
        path: routes.listPage(type, page),
        title: listPageTitle(type, page),
        label: siteName,
        lastModified: newestOf(ofType(type)),
      })),
  )
  // The archive of all kinds' first page is the articles' list above.
  const archive = [null, ...articleKinds.values].flatMap((kind: ArticleKind | null) => {
    const members = kind
      ? articles.filter(({ target }) => 'kind' in target && target.kind === kind)
      : articles
    return pagesOf(members.length, perPage.article)
      .filter((page) => kind || page > 1)
      .map((page) => ({
        path: routes.newsArchive(kind, page),
        title: newsArchiveHeading(kind, page),
        label: siteName,
        lastModified: newestOf(members),
      }))
  })
  return [
    {
      path: routes.home,
      title: siteName,
      label: 'Bergslagens kommuner och regioner',
      lastModified: newest([association, newestOf(documents)]),
    },
    {
      path: routes.about,
      title: singletonPages.association.names.visitor.one,
      label: siteName,
      lastModified: association ?? undefined,
    },
    ...lists,
    ...laterListPages,
    ...archive,
    ...documents.flatMap(documentPage),
  ]
}

const pagesByPath = new WeakMap<SitePagesContent, ReadonlyMap<string, SitePage>>()

/**
 * The page at a path, if there is one. Indexed once per read result: with the bundled dataset a build
 * gets the same result for every share image it renders, so it lists the site's pages once, not once
 * per page.
 */
export function sitePageAt(content: SitePagesContent, path: string): SitePage | undefined {
  let pages = pagesByPath.get(content)
  if (!pages) {
    pages = new Map(sitePages(content).map((page) => [page.path, page]))
    pagesByPath.set(content, pages)
  }
  return pages.get(path)
}
