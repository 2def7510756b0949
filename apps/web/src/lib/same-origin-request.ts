/**
 * Whether a request comes from a page of this site, as the browser that sent it says: the check that
 * keeps other sites from posting a form here in a visitor's name, without a token, so that the form
 * works without JavaScript.
 *
 * Browsers send Origin with every POST, a same-origin form's included, and no page can change it. It
 * is compared with the host the request was sent to: X-Forwarded-Host behind a proxy, else Host, as
 * Next.js checks Server Actions. Not with request.url, which `next start` builds from its own hostname
 * and port. The scheme is left out, as there: TLS usually ends at the proxy.
 *
 * Where Origin is missing, or "null" (which a page with `Referrer-Policy: no-referrer` sends even to its
 * own site, and so do sandboxed frames and data: URLs), Sec-Fetch-Site decides, which the browser sets
 * from the same knowledge: only "same-origin" passes. A request with neither comes from no current
 * browser, and the forms this guards are only ever posted by one, so it is refused.
 */
export function isSameOriginRequest({ headers }: Request): boolean {
  const origin = headers.get('origin')
  if (origin === null || origin === 'null') return headers.get('sec-fetch-site') === 'same-origin'
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  return host !== null && URL.parse(origin)?.host === host.toLowerCase()
}
