import { hostileHrefs } from '@/testing/hostile-hrefs'

import { safeHref } from './safe-href'

describe('safeHref', () => {
  it.each(hostileHrefs)('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref(null)).toBeNull()
    expect(safeHref(42)).toBeNull()
  })

  it.each([
    ['https://bergslaget.se/', 'https://bergslaget.se/', true],
    ['HTTP://example.com', 'HTTP://example.com', true],
    ['  https://example.com/a b  ', 'https://example.com/a b', true],
    ['mailto:info@bergslaget.se', 'mailto:info@bergslaget.se', false],
    ['MailTo:info@bergslaget.se', 'MailTo:info@bergslaget.se', false],
    ['tel:+4623123456', 'tel:+4623123456', false],
    ['/om-foreningen', '/om-foreningen', false],
    ['\n/nyheter?sida=2#lista ', '/nyheter?sida=2#lista', false],
  ])('allows %j', (raw, href, external) => {
    expect(safeHref(raw)).toEqual({ href, external })
  })
})
