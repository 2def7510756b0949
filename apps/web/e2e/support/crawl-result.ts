// What the global setup's crawl records and every test reads (one browser pass, many checks).
import { readFileSync } from 'node:fs'

export interface NavLink {
  text: string
  href: string
}

export interface VisitedPage {
  /** pathname and query, as linked */
  path: string
  /** HTTP status; 0 when there was no answer */
  status: number
  error: string | null
  /** pathname and query after redirects */
  finalPath: string
  contentType: string
  isHtml: boolean
  /** the app route that serves it (`/evenemang/[slug]`), null when none matches */
  route: string | null
  lang: string | null
  title: string
  h1: string[]
  canonical: string | null
  headingLevels: number[]
  ids: string[]
  /** the header navigation's links, in order */
  navLinks: NavLink[]
  /** the footer's links to the pages editors chose (the accessibility statement among them), in order */
  footerLinks: NavLink[]
  /** requests of the page that failed or answered 4xx/5xx (not the page itself, not router prefetches) */
  failedRequests: string[]
  /** uncaught exceptions and console errors */
  errors: string[]
}

export interface CheckedLink {
  /** the page the link is on */
  from: string
  /** the href as written */
  href: string
  /** pathname and query of the target */
  target: string
  fragment: string | null
}

export interface CrawlResult {
  baseUrl: string
  durationMs: number
  pages: VisitedPage[]
  links: CheckedLink[]
  externalLinks: string[]
  /** mailto:, tel: and other non-web links */
  otherLinks: string[]
}

export interface E2eContext {
  baseUrl: string
  webRoot: string
  crawl: CrawlResult
}

/** The server and crawl the global setup prepared (see global-setup.ts). */
export function e2eContext(): E2eContext {
  const { E2E_BASE_URL: baseUrl, E2E_WEB_ROOT: webRoot, E2E_CRAWL_FILE: crawlFile } = process.env
  if (!baseUrl || !webRoot || !crawlFile) {
    throw new Error(
      'The e2e global setup did not run: use `npm run e2e` in apps/web (jest -c e2e/jest.config.mjs).',
    )
  }
  return { baseUrl, webRoot, crawl: JSON.parse(readFileSync(crawlFile, 'utf8')) as CrawlResult }
}
