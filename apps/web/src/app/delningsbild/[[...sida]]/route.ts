import { publishedContent } from '@/lib/content'
import { prerenderedPaths } from '@/lib/prerender/prerendered'
import { shareImage } from '@/lib/share-image/share-image'
import { pagePathOf } from '@/lib/share-image/share-image-path'
import { sitePageAt, sitePages } from '@/lib/site-pages/site-pages'

interface ShareImageRouteProps {
  params: Promise<{ sida?: string[] }>
}

// One image per page, prerendered with the pages; a page published since the build gets its image on
// the first request (the pages' read carries every list's tag, so a publish refreshes it).
export const dynamicParams = true

export async function generateStaticParams() {
  const paths = sitePages(await publishedContent.listSitePages()).map(({ path }) => path)
  // A share image is asked for with its page: prerendered with the pages that are.
  return (await prerenderedPaths(paths)).map((path) => ({ sida: path.split('/').filter(Boolean) }))
}

export async function GET(_request: Request, { params }: ShareImageRouteProps) {
  const path = pagePathOf((await params).sida)
  const page = sitePageAt(await publishedContent.listSitePages(), path)
  if (!page) return new Response('Bilden finns inte.', { status: 404 })
  return shareImage(page)
}
