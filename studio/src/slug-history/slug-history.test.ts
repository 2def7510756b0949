import { previousSlugsOnPublish } from './slug-history'

const version = (slug: string, previousSlugs?: string[]) => ({ slug: { current: slug }, previousSlugs })

test('a rename remembers the published slug', () => {
  expect(previousSlugsOnPublish(version('anna-berg'), version('anna-berg-lund'))).toEqual(['anna-berg'])
})

test('a second rename keeps the first old slug, so both old addresses lead to the newest', () => {
  expect(
    previousSlugsOnPublish(version('anna-berg-lund', ['anna-berg']), version('anna-lund', ['anna-berg'])),
  ).toEqual(['anna-berg', 'anna-berg-lund'])
})

test('renaming back to an old slug takes it off the list and remembers the one left', () => {
  expect(
    previousSlugsOnPublish(version('anna-berg-lund', ['anna-berg']), version('anna-berg', ['anna-berg'])),
  ).toEqual(['anna-berg-lund'])
})

test('nothing to remember: first publish, unchanged slug, or a slug removed in the draft', () => {
  expect(previousSlugsOnPublish(null, version('anna-berg'))).toBeNull()
  expect(previousSlugsOnPublish(version('anna-berg'), version('anna-berg', ['x']))).toBeNull()
  expect(previousSlugsOnPublish(version('anna-berg'), { slug: null })).toBeNull()
})
