import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * The site's link to one of its own pages: next/link's client-side navigation, without its prefetching.
 * By default every next/link fetches its page's payload as soon as it scrolls into view: a list page of
 * 50 people fired 50 requests and about 4 KB each, on every visit, mostly for pages nobody opens, and a
 * server's load grew with the length of its lists. The pages are prerendered, so a click fetches its
 * payload from the cache as fast as a prefetch would have.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />
}
