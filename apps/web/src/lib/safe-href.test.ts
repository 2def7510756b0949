import { safeHref } from './safe-href'

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    '\njavascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'javascript&colon;alert(1)',
    '//evil.example',
    '/\\evil.example',
    'example.com',
    '#top',
    '',
    '   ',
  ])('refuses %j', (href) => {
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
