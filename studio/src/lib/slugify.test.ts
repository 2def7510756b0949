import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@bergslaget/content/slug'

import { slugify } from './slugify'

describe('slugify', () => {
  it.each([
    ['Västerås & Örebro', 'vasteras-och-orebro'],
    ['Högskolan Dalarna', 'hogskolan-dalarna'],
    ['Årsmöte 2022', 'arsmote-2022'],
    ['Café Élysée', 'cafe-elysee'],
    ['  Region  Gävleborg!  ', 'region-gavleborg'],
    ['Ovako AB (publ)', 'ovako-ab-publ'],
    ['SSAB/Borlänge – 50 år', 'ssab-borlange-50-ar'],
    ['Forskning&Innovation', 'forskning-och-innovation'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('treats a decomposed "å" like a composed one', () => {
    expect(slugify('Ma\u030alaren')).toBe('malaren')
  })

  it(`cuts at ${SLUG_MAX_LENGTH} characters without a trailing dash`, () => {
    const slug = slugify(`${'a'.repeat(95)} bc`)
    expect(slug).toBe('a'.repeat(95))
    expect(slugify('x'.repeat(200))).toHaveLength(SLUG_MAX_LENGTH)
  })

  it('only produces slugs that match the slug pattern', () => {
    for (const input of ['Västerås & Örebro', '--Hej--', 'Ünïcödé 1']) {
      expect(slugify(input)).toMatch(SLUG_PATTERN)
    }
  })

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!!')).toBe('')
  })
})
