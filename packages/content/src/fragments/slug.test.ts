import { routableSlug, SLUG_MAX_LENGTH, slugProblem } from './slug'

test.each([
  ['jan-bohman', null],
  ['arsmote-2022', null],
  ['a'.repeat(SLUG_MAX_LENGTH), null],
  ['', 'missing'],
  [null, 'missing'],
  ['a'.repeat(SLUG_MAX_LENGTH + 1), 'tooLong'],
  ['Jan-Bohman', 'pattern'],
  ['jan bohman', 'pattern'],
  ['jan--bohman', 'pattern'],
  ['-jan', 'pattern'],
  ['västerås', 'pattern'],
  ['../admin', 'pattern'],
])('a speaker slug %j: %s', (slug, problem) => {
  expect(slugProblem('speaker', slug)).toBe(problem)
})

test('an article may not take a segment the news archive uses; other types may', () => {
  expect(slugProblem('article', 'sida')).toBe('reserved')
  expect(slugProblem('article', 'typ')).toBe('reserved')
  expect(slugProblem('article', 'sidan')).toBeNull()
  expect(slugProblem('speaker', 'typ')).toBeNull()
})

test('no type whose list has later pages may take their segment; a talk, listed under its event, may', () => {
  for (const type of ['event', 'speaker', 'organisation', 'article']) {
    expect(slugProblem(type, 'sida')).toBe('reserved')
  }
  expect(slugProblem('talk', 'sida')).toBeNull()
})

test('the zod schema applies the same rule and says why', () => {
  expect(routableSlug('article').safeParse('ny-styrelse').success).toBe(true)
  expect(routableSlug('article').safeParse('sida').error?.issues[0]?.message).toBe(
    'slug used by a path of the site',
  )
  expect(routableSlug('organisation').safeParse('Ovako AB').success).toBe(false)
})
