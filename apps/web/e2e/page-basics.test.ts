import { e2eContext } from './support/crawl-result'

const { crawl } = e2eContext()
const pages = crawl.pages.filter((page) => page.status === 200 && page.isHtml)

// Each check lists every page that fails it, so one run shows the whole picture.
const failing = (problem: (page: (typeof pages)[number]) => string | null) =>
  pages.flatMap((page) => {
    const message = problem(page)
    return message ? [`${page.path}: ${message}`] : []
  })

describe(`every page reached by the crawl`, () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  it('declares Swedish: <html lang="sv">', () => {
    expect(failing((page) => (page.lang === 'sv' ? null : `lang=${JSON.stringify(page.lang)}`))).toEqual([])
  })

  it('has exactly one h1', () => {
    expect(
      failing((page) => (page.h1.length === 1 ? null : `${page.h1.length} h1: ${JSON.stringify(page.h1)}`)),
    ).toEqual([])
  })

  it('has a title', () => {
    expect(failing((page) => (page.title.trim() ? null : 'empty <title>'))).toEqual([])
  })

  it('has a canonical link to its own path', () => {
    expect(
      failing((page) => {
        if (!page.canonical) return 'no <link rel="canonical">'
        const own = new URL(page.finalPath, crawl.baseUrl).pathname
        const canonical = new URL(page.canonical, crawl.baseUrl).pathname
        return canonical === own ? null : `canonical ${page.canonical} is not ${own}`
      }),
    ).toEqual([])
  })

  it("links the accessibility statement, privacy and the statutes from its footer, in the editors' order", () => {
    const expected = [
      { text: 'Tillgänglighetsredogörelse', href: '/tillganglighet' },
      { text: 'Personuppgifter', href: '/personuppgifter' },
      { text: 'Stadgar', href: '/stadgar' },
    ]
    expect(
      failing((page) =>
        JSON.stringify(page.footerLinks) === JSON.stringify(expected)
          ? null
          : `footer links ${JSON.stringify(page.footerLinks)}`,
      ),
    ).toEqual([])
  })

  it('never skips a heading level on the way down', () => {
    expect(
      failing((page) => {
        let previous = 1
        for (const level of page.headingLevels) {
          if (level > previous + 1)
            return `h${level} follows h${previous} (levels ${page.headingLevels.join(' ')})`
          previous = level
        }
        return null
      }),
    ).toEqual([])
  })
})
