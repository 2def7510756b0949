import { articlesOfKind, type ArticleKind } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'

import { NewsArchive, newsArchiveHeading, newsArchiveTitle } from '@/components/news-archive/news-archive'
import { content, publishedContent } from '@/lib/content'
import { newsFeedLinks } from '@/lib/feeds/news-feed-links'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import type { PaginatedList } from '@/lib/pagination/later-page-route'
import { perPage } from '@/lib/pagination/list-pages'
import { pageCountOf } from '@/lib/pagination/paginate'
import { readPage } from '@/lib/pagination/read-page'
import { routes } from '@/lib/routes'

// What the four archive routes (/nyheter, /nyheter/sida/[page], /nyheter/typ/[kind] and
// /nyheter/typ/[kind]/sida/[page]) share: each is a kind (or all) and a page of the same list.

/** A page of the archive: its share of the kind's order, read by id; one that does not exist is a 404. */
export async function renderNewsArchive(kind: ArticleKind | null, page: number) {
  const order = articlesOfKind(await content.listArticleOrder(), kind)
  const list = await readPage(order, page, perPage.article, content.getArticlesPage)
  return <NewsArchive kind={kind} list={list} />
}

export function newsArchiveMetadata(kind: ArticleKind | null, page: number): Metadata {
  const what = kind ? articleKinds.plural[kind] : newsArchiveTitle
  return pageMetadata({
    title: kind || page > 1 ? newsArchiveHeading(kind, page) : newsArchiveTitle,
    description: `${what} från Intresseföreningen Bergslaget, de senaste först.`,
    path: routes.newsArchive(kind, page),
    // Every page of a list announces the list's feeds, so a reader finds them from any of its pages.
    feeds: newsFeedLinks(kind),
  })
}

/** The archive of one kind (or of all) as a list whose pages the routes serve. */
export function newsArchiveList(kind: ArticleKind | null): PaginatedList {
  return {
    pageCount: async () =>
      pageCountOf(articlesOfKind(await publishedContent.listArticleOrder(), kind).length, perPage.article),
    metadata: (page) => newsArchiveMetadata(kind, page),
    render: (page) => renderNewsArchive(kind, page),
  }
}
