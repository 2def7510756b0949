/** A web address as people write it: "bergslaget.se" for "https://www.bergslaget.se/". */
export function displayUrl(url: string): string {
  try {
    const { hostname, pathname, search } = new URL(url)
    const path = pathname === '/' ? '' : pathname.replace(/\/$/, '')
    return `${hostname.replace(/^www\./, '')}${path}${search}`
  } catch {
    return url
  }
}
