import { videoHosts } from '@bergslaget/content/video-hosts'

/**
 * The security headers every response carries (next.config.ts sends them on every path: pages, API
 * and route handlers, static assets, the 404 and error pages). Built from settings, not read from the
 * environment here, so a test can build them for any configuration.
 */
export interface SecuritySettings {
  /** Where the site is served: a site served over https gets upgrade-insecure-requests. */
  siteUrl: string
  /** The Studio's origin, whose Presentation tool shows the site in a frame; null when none is set. */
  studioOrigin: string | null
  /** The hosted Content Lake's project and dataset, whose image CDN pictures come from; null embedded. */
  images: { projectId: string; dataset: string } | null
  /** `next dev`: React's development build evaluates code for its debugging aids. */
  development: boolean
}

export interface Header {
  key: string
  value: string
}

// Two years, as HSTS preload lists require, for this host and its subdomains.
const hstsMaxAge = 2 * 365 * 24 * 60 * 60

/**
 * Features the site never uses, denied to it and to every frame it might ever hold. Only names
 * Chromium knows: an unknown one costs a console warning on every page.
 */
const deniedFeatures = [
  'accelerometer',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

/** The video hosts' players, the only frames a page may hold (a recording, once its visitor starts it). */
const videoPlayers = videoHosts.map((host) => host.playerOrigin)

/**
 * Features only a video player uses, allowed to the players' frames (which ask for them with `allow`)
 * and denied to any other: autoplay, so that the one click that loads the player also starts it. A
 * frame gets a feature only through a page that has it, hence `self`.
 */
const playerFeatures = ['autoplay']

/** The image CDN path of one project's dataset: CSP source expressions may name a path. */
const sanityImages = ({ projectId, dataset }: { projectId: string; dataset: string }) =>
  `https://cdn.sanity.io/images/${projectId}/${dataset}/`

/**
 * What a page's inline scripts are allowed by: `'unsafe-inline'` in the policy every response carries,
 * or the nonce of one response rendered per request (proxy.ts).
 */
export type InlineScripts = 'unsafe-inline' | { nonce: string }

/**
 * The Content-Security-Policy. Everything is denied by default and each kind of resource allowed
 * from where the site takes it, which is its own origin:
 * - script-src 'unsafe-inline': Next.js writes each page's React Server Components payload into the
 *   HTML as inline scripts (`self.__next_f.push(...)`), different on every page and again each time a
 *   page is regenerated (hourly for the time-dependent ones, after each publish in hosted mode); a
 *   nonce would make every page render per request. So every page Next caches gets a second policy in
 *   a meta element listing its own inline scripts by hash, added when the page enters or leaves the
 *   cache (cache-handler.mjs, inline-script-policy.mjs); a browser enforces both, so on those pages
 *   only the page's own inline scripts run. The pages rendered per request anyway (search, draft
 *   preview) get this policy with a nonce instead, from proxy.ts.
 * - style-src 'unsafe-inline': the initials portrait sets style attributes, the stylesheet is inline
 *   (next.config.ts), and Sanity's visual editing overlay inserts style elements in draft preview.
 * - img-src: the site's own images and the configured project's image CDN path only.
 * - frame-src: the video hosts' players (@bergslaget/content/video-hosts), which a page frames only
 *   when its visitor starts a recording; nothing loads from them before.
 * - frame-ancestors: only the Studio, whose Presentation tool frames the site; nothing without one.
 * - form-action 'self': the header's search form and the preview banner post to the site only.
 */
export function contentSecurityPolicy(
  settings: SecuritySettings,
  inlineScripts: InlineScripts = 'unsafe-inline',
): string {
  const inline = inlineScripts === 'unsafe-inline' ? "'unsafe-inline'" : `'nonce-${inlineScripts.nonce}'`
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", inline, ...(settings.development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", ...(settings.images ? [sanityImages(settings.images)] : [])],
    ['font-src', "'self'"],
    ['frame-src', ...videoPlayers],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', settings.studioOrigin ?? "'none'"],
    ['object-src', "'none'"],
  ]
  if (new URL(settings.siteUrl).protocol === 'https:') directives.push(['upgrade-insecure-requests'])
  return directives.map((directive) => directive.join(' ')).join('; ')
}

// No Cross-Origin-Opener-Policy: `same-origin` makes Chromium start a new renderer process for every
// navigation into the site from a page without it (a new tab, a search result on Android, where sites
// share processes), and that start comes before the first paint: the bare Next page's LCP went from
// 838 to 1,056 ms with only that header added (Lighthouse mobile, median of 5, issue 12's note). The
// policy guards a page's window against an opener or popup of another origin; this site has no
// signed-in visitors or per-visitor data for such a page to read, and MDN's Observatory does not grade it.
export function securityHeaders(settings: SecuritySettings): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(settings) },
    { key: 'Strict-Transport-Security', value: `max-age=${hstsMaxAge}; includeSubDomains` },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: [
        ...deniedFeatures.map((feature) => `${feature}=()`),
        ...playerFeatures.map(
          (feature) => `${feature}=(${['self', ...videoPlayers.map((origin) => `"${origin}"`)].join(' ')})`,
        ),
      ].join(', '),
    },
  ]
}
