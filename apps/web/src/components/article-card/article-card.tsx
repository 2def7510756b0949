import type { ArticleSummary } from '@bergslaget/content'
import Link from 'next/link'

import { PublishedDate } from '@/components/published-date/published-date'
import { articleKindLabels } from '@/lib/labels'
import { routes } from '@/lib/routes'

/** A news item or seminar report in a list. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="card">
      <p className="card-kicker">
        {articleKindLabels[article.kind]}
        {' · '}
        <PublishedDate published={article} />
      </p>
      <h3 className="card-title">
        <Link href={routes.article(article.slug)}>{article.title}</Link>
      </h3>
      {article.excerpt && <p>{article.excerpt}</p>}
    </article>
  )
}
