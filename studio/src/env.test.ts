import { parseStudioEnv } from './env'

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
