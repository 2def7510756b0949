import type { ArticleKind, ArticleSummary } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'

import { ArticleCardList } from '@/components/article-card/article-card-list'
import { PageLink } from '@/components/page-link/page-link'
import { ListStatus } from '@/components/pagination/list-status'
import { Pagination } from '@/components/pagination/pagination'
import { feedFormatNames, feedFormats } from '@/lib/feeds/feed-formats'
import { newsFeedName, newsFeedPath } from '@/lib/feeds/news-feed-links'
import type { Page } from '@/lib/pagination/paginate'
import { routes } from '@/lib/routes'

import { KindFilter } from './kind-filter'

export const newsArchiveTitle = 'Nyheter och rapporter'

/** The list heading and page title of one view of the archive, e.g. "Seminarierapporter, sida 2". */
export function newsArchiveHeading(kind: ArticleKind | null, page: number): string {
  const name = kind ? articleKinds.plural[kind] : 'Alla nyheter och rapporter'
  return page > 1 ? `${name}, sida ${page}` : name
}

interface NewsArchiveProps {
  kind: ArticleKind | null
  list: Page<ArticleSummary>
}

/** A page of the news archive: the filter, the articles newest first, the pages and the list's feeds. */
export function NewsArchive({ kind, list }: NewsArchiveProps) {
  return (
    <div className="page">
      <h1>{newsArchiveTitle}</h1>
      <KindFilter kind={kind} page={list.page} />
      <section aria-labelledby="arkiv-rubrik">
        <h2 id="arkiv-rubrik">{newsArchiveHeading(kind, list.page)}</h2>
        {list.total === 0 ? (
          <p>
            {kind
              ? `Det finns inga ${articleKinds.plural[kind].toLowerCase()} publicerade ännu.`
              : 'Inga nyheter eller rapporter är publicerade ännu.'}{' '}
            {kind && <PageLink href={routes.newsArchive()}>Visa alla nyheter och rapporter</PageLink>}
          </p>
        ) : (
          <>
            <ListStatus list={list} />
            <ArticleCardList articles={list.items} />
          </>
        )}
      </section>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => routes.newsArchive(kind, page)}
      />
      <p>
        Prenumerera på {newsFeedName(kind).toLowerCase()} i en flödesläsare:{' '}
        {feedFormatNames.map((format, index) => (
          <span key={format}>
            {index > 0 && ' eller '}
            <a href={newsFeedPath(kind, format)} type={feedFormats[format].type}>
              {feedFormats[format].label}
            </a>
          </span>
        ))}
        .
      </p>
    </div>
  )
}
