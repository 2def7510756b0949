import { hrefFor, routes, type LinkTarget } from './routes'

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
