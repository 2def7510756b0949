import { formatPublished } from './format-published'

describe('formatPublished', () => {
  it('writes the date when the day is known', () => {
    expect(formatPublished({ publishedAt: '2022-05-12T08:00:00Z' })).toBe('12 maj 2022')
  })

  it('writes the year for an archive article', () => {
    expect(formatPublished({ publishedYear: 2022 })).toBe('2022')
    expect(formatPublished({ publishedAt: null, publishedYear: 2019 })).toBe('2019')
  })

  it('prefers the date when both are set', () => {
    expect(formatPublished({ publishedAt: '2022-05-12T08:00:00Z', publishedYear: 2021 })).toBe('12 maj 2022')
  })

  it('returns null when neither is set', () => {
    expect(formatPublished({})).toBeNull()
  })
})
