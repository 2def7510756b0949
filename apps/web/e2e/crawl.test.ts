import { e2eContext } from './support/crawl-result'
import { readBuildRoutes } from './support/page-types.mjs'

const { crawl, webRoot } = e2eContext()
const { prerendered } = readBuildRoutes(webRoot)
const byPath = new Map(crawl.pages.map((page) => [page.path, page]))
const pathnameOf = (path: string) => decodeURIComponent(new URL(path, crawl.baseUrl).pathname)

/** One line per problem with the pages it occurs on, so a broken nav link is one line, not one per page. */
function grouped(occurrences: { problem: string; page: string }[]): string[] {
  const pages = new Map<string, string[]>()
  for (const { problem, page } of occurrences)
    pages.set(problem, [...new Set([...(pages.get(problem) ?? []), page])])
  return [...pages].map(([problem, on]) => {
    const listed = on.length > 3 ? `${on.slice(0, 3).join(', ')} and ${on.length - 3} more` : on.join(', ')
    return `${problem} (on ${on.length === 1 ? '' : `${on.length} pages: `}${listed})`
  })
}

describe('crawl from the start page through every internal link', () => {
  beforeAll(() => {
    const perRoute = new Map<string, number>()
    for (const page of crawl.pages)
      perRoute.set(page.route ?? '(no route)', (perRoute.get(page.route ?? '(no route)') ?? 0) + 1)
    const targets = new Set(crawl.links.map((link) => link.target))
    console.log(
      [
        `e2e crawl: ${crawl.pages.length} routes visited, ${crawl.links.length} internal links checked ` +
          `(${targets.size} distinct targets), ${crawl.externalLinks.length} external links not followed, ` +
          `${(crawl.durationMs / 1000).toFixed(1)} s`,
        ...[...perRoute]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([route, count]) => `  ${route.padEnd(40)} ${count}`),
      ].join('\n'),
    )
  })

  it('answers 200 on every page it reaches', () => {
    const failures = crawl.links.flatMap((link) => {
      const target = byPath.get(link.target)
      if (target?.status === 200) return []
      const answer = target?.status
        ? `answers ${target.status}`
        : `no answer${target?.error ? `: ${target.error}` : ''}`
      return [{ problem: `${link.target} ${answer}`, page: link.from }]
    })
    const start = byPath.get('/')
    if (start?.status !== 200)
      failures.unshift({ problem: `/ answers ${start?.status ?? 'nothing'}`, page: 'the start' })
    expect(grouped(failures)).toEqual([])
  })

  it('finds no broken internal link, fragments included', () => {
    const broken = crawl.links.flatMap((link) => {
      const target = byPath.get(link.target)
      if (!target || target.status !== 200)
        return [{ problem: `"${link.href}" answers ${target?.status || 'nothing'}`, page: link.from }]
      if (link.fragment && target.isHtml && !target.ids.includes(link.fragment)) {
        return [
          { problem: `"${link.href}": ${link.target} has no element #${link.fragment}`, page: link.from },
        ]
      }
      return []
    })
    expect(grouped(broken)).toEqual([])
  })

  it('uses no link scheme other than http(s), mailto: and tel:', () => {
    expect(crawl.otherLinks.filter((href) => !/^(mailto|tel):/i.test(href.trim()))).toEqual([])
  })

  it('reaches every page the build prerendered (no orphan pages)', () => {
    const reached = new Set(
      crawl.pages.filter((page) => page.status === 200).map((page) => pathnameOf(page.finalPath)),
    )
    expect(prerendered.map((route) => route.path).filter((path) => !reached.has(path))).toEqual([])
  })

  it('reaches only pages that an app route serves', () => {
    expect(
      crawl.pages
        .filter((page) => page.status === 200 && page.isHtml && !page.route)
        .map((page) => page.path),
    ).toEqual([])
  })

  it('loads every page without script errors or failed requests', () => {
    const problems = crawl.pages.flatMap((page) =>
      [...page.errors, ...page.failedRequests.map((request) => `request ${request}`)].map((problem) => ({
        problem,
        page: page.path,
      })),
    )
    expect(grouped(problems)).toEqual([])
  })
})
