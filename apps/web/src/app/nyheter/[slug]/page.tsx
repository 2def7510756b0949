import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleMentions } from '@/components/article-mentions/article-mentions'
import { PublishedDate } from '@/components/published-date/published-date'
import { RichText } from '@/components/portable-text/rich-text'
import { getArticlePage, listArticleSlugs } from '@/lib/content'
import { formatEventDate } from '@/lib/format'
import { articleKindLabels } from '@/lib/labels'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

interface ArticleRouteProps {
  params: Promise<{ slug: string }>
}

// Every article is prerendered; a slug that was not there at build time is a 404, not a query.
export const dynamicParams = false

export async function generateStaticParams() {
  return (await listArticleSlugs()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const article = await getArticlePage((await params).slug)
  if (!article) return {}
  return pageMetadata({
    title: article.title,
    description: article.excerpt ?? `${articleKindLabels[article.kind]} från Intresseföreningen Bergslaget`,
    path: routes.article(article.slug),
    type: 'article',
  })
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const article = await getArticlePage((await params).slug)
  if (!article) notFound()
  return (
    <article className="page prose">
      <p className="card-kicker">
        {articleKindLabels[article.kind]}
        {' · '}
        <PublishedDate published={article} />
      </p>
      <h1>{article.title}</h1>
      {article.author && <p>Av {article.author}</p>}
      {article.excerpt && <p className="lead">{article.excerpt}</p>}
      <RichText value={article.body} />
      {article.event && (
        <aside className="related" aria-labelledby="evenemanget-rubrik">
          <h2 id="evenemanget-rubrik">Evenemanget</h2>
          <p>
            <Link href={routes.event(article.event.slug)}>{article.event.title}</Link>
            {' · '}
            {formatEventDate(article.event)}
          </p>
        </aside>
      )}
      <ArticleMentions speakers={article.mentionedSpeakers} organisations={article.mentionedOrganisations} />
    </article>
  )
}
