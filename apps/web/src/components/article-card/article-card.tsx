import type { ArticleSummary } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'

import { PageLink } from '@/components/page-link/page-link'
import { PublishedDate } from '@/components/published-date/published-date'
import { routes } from '@/lib/routes'

/** A news item or seminar report in a list. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="card">
      <p className="card-kicker">
        {articleKinds.visitor[article.kind]}
        {' · '}
        <PublishedDate published={article} />
      </p>
      <h3 className="card-title">
        <PageLink href={routes.article(article.slug)}>{article.title}</PageLink>
      </h3>
      {article.excerpt && <p>{article.excerpt}</p>}
    </article>
  )
}
