import { parsePreviewOrigin, parseStudioEnv } from './env'

describe('parseStudioEnv', () => {
  it('falls back to offline placeholders', () => {
    expect(parseStudioEnv({})).toEqual({ projectId: 'placeholder', dataset: 'production' })
    expect(parseStudioEnv({ projectId: ' ', dataset: '' })).toEqual({
      projectId: 'placeholder',
      dataset: 'production',
    })
  })

  it('takes valid values', () => {
    expect(parseStudioEnv({ projectId: 'ab12cd34', dataset: 'staging_2' })).toEqual({
      projectId: 'ab12cd34',
      dataset: 'staging_2',
    })
  })

  it('stops on malformed values', () => {
    expect(() => parseStudioEnv({ projectId: 'My Project' })).toThrow(/SANITY_STUDIO_PROJECT_ID/)
    expect(() => parseStudioEnv({ dataset: 'Production!' })).toThrow(/SANITY_STUDIO_DATASET/)
  })
})

describe('parsePreviewOrigin', () => {
  it('previews the local site when unset', () => {
    expect(parsePreviewOrigin(undefined)).toBe('http://localhost:3000')
    expect(parsePreviewOrigin(' ')).toBe('http://localhost:3000')
  })

  it('keeps only the origin of the site address', () => {
    expect(parsePreviewOrigin('https://bergslaget.se/')).toBe('https://bergslaget.se')
    expect(parsePreviewOrigin('https://preview.bergslaget.se/nyheter')).toBe('https://preview.bergslaget.se')
  })

  it('stops on an address that is not http(s)', () => {
    expect(() => parsePreviewOrigin('bergslaget.se')).toThrow(/SANITY_STUDIO_PREVIEW_URL/)
    expect(() => parsePreviewOrigin('javascript:alert(1)')).toThrow(/SANITY_STUDIO_PREVIEW_URL/)
  })
})
