/**
 * `page` for the item's own page; `true` for a page inside its section (an article under Nyheter), so
 * the section is marked without claiming to be the page itself.
 */
export function currentMarker(href: string, pathname: string | null): 'page' | 'true' | undefined {
  if (!pathname) return undefined
  if (pathname === href) return 'page'
  if (href !== '/' && pathname.startsWith(`${href}/`)) return 'true'
  return undefined
}
