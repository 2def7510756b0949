import { slugProblem } from '@bergslaget/content/slug'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/portable-text/rich-text'
import { content, publishedContent } from '@/lib/content'
import { formatDate } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldSlugsOf, pageOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { breadcrumbList } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'

interface InfoPageRouteProps {
  params: Promise<{ slug: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true

export async function generateStaticParams() {
  const slugs = [...(await publishedContent.listInfoPageSlugs()), ...(await oldSlugsOf('infoPage'))]
  return prerendered(
    slugs.map((slug) => ({ slug })),
    ({ slug }) => routes.infoPage(slug),
  )
}

/** The page at this address, for the page and its metadata alike; else a redirect or the 404. */
async function infoPageAt(params: InfoPageRouteProps['params']) {
  const { slug } = await params
  // At the root, every one-segment path that is not a section comes here (`/favicon.ico`, a scanner's
  // `/wp-login.php`): one the slug rule refuses is no page's address, old or current, and costs no query.
  if (slugProblem('infoPage', slug)) notFound()
  return pageOrMoved('infoPage', slug, await content.getInfoPage(slug))
}

export async function generateMetadata({ params }: InfoPageRouteProps): Promise<Metadata> {
  const page = await infoPageAt(params)
  return pageMetadata({
    title: page.title,
    description: page.description ?? `${page.title} för Intresseföreningen Bergslagens webbplats.`,
    path: routes.infoPage(page.slug),
  })
}

export default async function InfoPageRoute({ params }: InfoPageRouteProps) {
  const page = await infoPageAt(params)
  const path = routes.infoPage(page.slug)
  return (
    <article className="page">
      <JsonLd things={[breadcrumbList([{ name: page.title, path }])]} />
      <h1>{page.title}</h1>
      <div className="prose">
        <RichText value={page.body} />
      </div>
      {page._updatedAt && (
        <p>
          Senast uppdaterad <time dateTime={page._updatedAt}>{formatDate(page._updatedAt)}</time>
        </p>
      )}
    </article>
  )
}
