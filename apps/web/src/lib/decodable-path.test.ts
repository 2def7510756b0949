import { isDecodablePath } from './decodable-path'

describe('isDecodablePath', () => {
  it.each([
    '/',
    '/talare/jan-bohman',
    // Well-formed escapes, ASCII and UTF-8 (å, €), and an escaped `%` or `/`.
    '/talare/jan%2Dbohman',
    '/talare/%C3%A5',
    '/nyheter/%E2%82%AC',
    '/talare/%25',
    '/talare/a%2Fb',
  ])('%s decodes', (path) => {
    expect(isDecodablePath(path)).toBe(true)
  })

  it.each([
    // A lone or truncated `%`, a non-hex escape, and hex escapes that are not UTF-8.
    '/nyheter/%',
    '/nyheter/sida/%4',
    '/talare/jan%zzbohman',
    '/talare/%ff',
    '/evenemang/x/%ff',
    '/talare/%C3',
    '/talare/%E2%82',
    '/talare/%C3%28',
    '/%ff',
    // One bad segment is enough, wherever it is; a UTF-8 sequence split by `/` is two bad ones.
    '/nyheter/%ff/sida/2',
    '/nyheter/%C3%A5/%ff',
    '/talare/%C3/%A5',
  ])('%s does not', (path) => {
    expect(isDecodablePath(path)).toBe(false)
  })
})
