import type { ArticleKind } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsArchive, newsArchiveHeading, newsArchiveTitle } from '@/components/news-archive/news-archive'
import { content, publishedContent } from '@/lib/content'
import { newsFeedLinks } from '@/lib/feeds/news-feed-links'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { articlesPerPage, pageCountOf, paginate } from '@/lib/pagination/paginate'
import { routes } from '@/lib/routes'

// What the four archive routes (/nyheter, /nyheter/sida/[page], /nyheter/typ/[kind] and
// /nyheter/typ/[kind]/sida/[page]) share: each is a kind (or all) and a page of the same list.

/** A page of the archive; a page that does not exist is a 404. */
export async function renderNewsArchive(kind: ArticleKind | null, page: number) {
  const list = paginate(await content.listArticles(kind), page, articlesPerPage)
  if (!list) notFound()
  return <NewsArchive kind={kind} list={list} />
}

/** The numbers of the pages after the first (which lives at the list's own path), as path segments. */
export async function laterPages(kind: ArticleKind | null): Promise<string[]> {
  const pageCount = pageCountOf((await publishedContent.listArticles(kind)).length, articlesPerPage)
  return Array.from({ length: pageCount - 1 }, (_, index) => String(index + 2))
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
