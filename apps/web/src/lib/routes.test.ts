import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { routableTypes, type RoutableType } from '@bergslaget/content/content-types'
import { slugProblem } from '@bergslaget/content/slug'

import { articleKindFromSegment, hrefFor, routes, type PageTarget } from './routes'

describe('hrefFor', () => {
  it.each<[PageTarget, string]>([
    [{ _type: 'speaker', slug: 'jan-bohman' }, '/talare/jan-bohman'],
    [{ _type: 'organisation', slug: 'ovako' }, '/organisationer/ovako'],
    [{ _type: 'event', slug: 'arsmote-2022' }, '/evenemang/arsmote-2022'],
    [{ _type: 'article', slug: 'ny-styrelse' }, '/nyheter/ny-styrelse'],
    [
      { _type: 'talk', slug: 'inledning', event: { slug: 'arsmote-2022' } },
      '/evenemang/arsmote-2022/inledning',
    ],
  ])('links %o to %s', (target, href) => {
    expect(hrefFor(target)).toBe(href)
  })

  it('returns null without a target', () => {
    expect(hrefFor(null)).toBeNull()
    expect(hrefFor(undefined)).toBeNull()
  })

  it('returns null for a talk without its event', () => {
    expect(hrefFor({ _type: 'talk', slug: 'inledning' } as unknown as PageTarget)).toBeNull()
  })

  it('returns null for a type it has no page for', () => {
    expect(hrefFor({ _type: 'association', slug: 'x' } as unknown as PageTarget)).toBeNull()
    expect(hrefFor({ _type: 'toString', slug: 'x' } as unknown as PageTarget)).toBeNull()
  })
})

/**
 * A route folder beside a type's pages (`nyheter/sida` beside `nyheter/[slug]`) takes that segment from
 * the type's slugs. Fails until the segment is reserved in the content package's slug rule, which the
 * site's summaries and the Studio's slug field both apply; a name the rule refuses anyway
 * (`kalender.ics`, `rss.xml`, with their dots) needs nothing.
 */
describe('slugs a route folder would shadow', () => {
  const appDir = join(__dirname, '..', 'app')
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  const isDynamic = (name: string) => name.startsWith('[')

  /** The app folder that serves a path's parent, and the page's own folder name. */
  function pageFolder(path: string): { parent: string; own: string } {
    const segments = path.split('/').filter(Boolean)
    let dir = appDir
    for (const segment of segments.slice(0, -1)) {
      const names = folders(dir)
      dir = join(dir, names.includes(segment) ? segment : (names.find(isDynamic) ?? segment))
    }
    return { parent: dir, own: folders(dir).find(isDynamic) ?? '(none)' }
  }

  const pagePath = (type: RoutableType) =>
    hrefFor({ _type: type, slug: 'x', event: { slug: 'e' } } as PageTarget) ?? 'no path'

  it.each(routableTypes)('%s: every static folder beside its pages is a slug the rule refuses', (type) => {
    const { parent, own } = pageFolder(pagePath(type))
    expect(isDynamic(own)).toBe(true)
    const beside = folders(parent).filter((name) => !isDynamic(name) && !/^[(_@]/.test(name))
    expect(beside.filter((name) => slugProblem(type, name) === null)).toEqual([])
  })
})

describe('routes', () => {
  it('has one path per site section', () => {
    expect([
      routes.home,
      routes.list.article,
      routes.list.event,
      routes.list.speaker,
      routes.list.organisation,
      routes.about,
    ]).toEqual(['/', '/nyheter', '/evenemang', '/talare', '/organisationer', '/om-foreningen'])
    expect(routes.article('ny-styrelse')).toBe('/nyheter/ny-styrelse')
  })
})

describe('news archive', () => {
  it('puts the kind and the page in the path; page 1 has no page segment', () => {
    expect(routes.newsArchive()).toBe('/nyheter')
    expect(routes.newsArchive(null, 1)).toBe('/nyheter')
    expect(routes.newsArchive(null, 2)).toBe('/nyheter/sida/2')
    expect(routes.newsArchive('seminarReport')).toBe('/nyheter/typ/seminarierapport')
    expect(routes.newsArchive('news', 3)).toBe('/nyheter/typ/nyhet/sida/3')
  })

  it('reads a kind back from its segment, and nothing else', () => {
    expect(articleKindFromSegment('nyhet')).toBe('news')
    expect(articleKindFromSegment('seminarierapport')).toBe('seminarReport')
    expect(articleKindFromSegment('news')).toBeNull()
    expect(articleKindFromSegment('Nyhet')).toBeNull()
    expect(articleKindFromSegment('')).toBeNull()
  })
})
