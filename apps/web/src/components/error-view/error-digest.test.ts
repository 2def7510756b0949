import { errorDigest } from './error-digest'

describe('errorDigest', () => {
  it('reads the digest Next.js adds to a server error', () => {
    expect(errorDigest(Object.assign(new Error('hidden'), { digest: '2843069017' }))).toBe('2843069017')
  })

  it.each([
    ['an error without one', new Error('boom')],
    ['an empty digest', Object.assign(new Error('boom'), { digest: '' })],
    ['a digest that is not a string', { digest: 42 }],
    ['a thrown string', 'boom'],
    ['null', null],
    ['undefined', undefined],
  ])('gives nothing for %s', (_name, thrown) => {
    expect(errorDigest(thrown)).toBeUndefined()
  })
})
