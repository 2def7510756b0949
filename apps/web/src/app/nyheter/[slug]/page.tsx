import { articleKinds } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'

import { ArticleMentions } from '@/components/article-mentions/article-mentions'
import { PageLink } from '@/components/page-link/page-link'
import { RichText } from '@/components/portable-text/rich-text'
import { PublishedDate } from '@/components/published-date/published-date'
import { content, publishedContent } from '@/lib/content'
import { formatEventDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldSlugsOf, pageOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { newsArticleLd } from '@/lib/structured-data/article'
import { sectionPageBreadcrumbs } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'
import '@/components/article-mentions/related.css'

interface ArticleRouteProps {
  params: Promise<{ slug: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true

export async function generateStaticParams() {
  const slugs = [...(await publishedContent.listArticleSlugs()), ...(await oldSlugsOf('article'))]
  return prerendered(
    slugs.map((slug) => ({ slug })),
    ({ slug }) => routes.article(slug),
  )
}

/** The article at this address, for the page and its metadata alike; else a redirect or the 404. */
async function articleAt(params: ArticleRouteProps['params']) {
  const { slug } = await params
  return pageOrMoved('article', slug, await content.getArticlePage(slug))
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const article = await articleAt(params)
  return pageMetadata({
    title: article.title,
    description:
      article.excerpt ?? `${articleKinds.visitor[article.kind]} från Intresseföreningen Bergslaget`,
    path: routes.article(article.slug),
    type: 'article',
  })
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const article = await articleAt(params)
  return (
    <article className="page prose">
      <JsonLd
        things={[
          newsArticleLd(article),
          sectionPageBreadcrumbs('article', { name: article.title, path: routes.article(article.slug) }),
        ]}
      />
      <p className="card-kicker">
        {articleKinds.visitor[article.kind]}
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
            <PageLink href={routes.event(article.event.slug)}>{article.event.title}</PageLink>
            {' · '}
            {formatEventDate(article.event)}
          </p>
        </aside>
      )}
      <ArticleMentions speakers={article.mentionedSpeakers} organisations={article.mentionedOrganisations} />
    </article>
  )
}
