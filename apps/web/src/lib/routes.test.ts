import { articleKindFromSegment, hrefFor, routes, type LinkTarget } from './routes'

describe('hrefFor', () => {
  it.each<[LinkTarget, string]>([
    [{ _type: 'speaker', slug: 'jan-bohman' }, '/talare/jan-bohman'],
    [{ _type: 'organisation', slug: 'ovako' }, '/organisationer/ovako'],
    [{ _type: 'event', slug: 'arsmote-2022' }, '/evenemang/arsmote-2022'],
    [{ _type: 'talk', slug: 'inledning', eventSlug: 'arsmote-2022' }, '/evenemang/arsmote-2022/inledning'],
  ])('links %o to %s', (target, href) => {
    expect(hrefFor(target)).toBe(href)
  })

  it('returns null without a target or a slug', () => {
    expect(hrefFor(null)).toBeNull()
    expect(hrefFor(undefined)).toBeNull()
    expect(hrefFor({ _type: 'speaker', slug: null })).toBeNull()
    expect(hrefFor({ _type: 'speaker', slug: '' })).toBeNull()
  })

  it('returns null for a talk whose event has no slug', () => {
    expect(hrefFor({ _type: 'talk', slug: 'inledning', eventSlug: null })).toBeNull()
    expect(hrefFor({ _type: 'talk', slug: 'inledning' })).toBeNull()
  })

  it('returns null for a type it has no page for', () => {
    expect(hrefFor({ _type: 'article', slug: 'x' } as unknown as LinkTarget)).toBeNull()
  })

  it('keeps a slug inside its path segment', () => {
    expect(hrefFor({ _type: 'speaker', slug: '../admin' })).toBe('/talare/..%2Fadmin')
  })
})

describe('routes', () => {
  it('has one path per site section', () => {
    expect([
      routes.home,
      routes.news,
      routes.events,
      routes.speakers,
      routes.organisations,
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
