import { readContentLakeEnv } from './content-lake-env'

const complete = {
  SANITY_STUDIO_PROJECT_ID: 'abc123',
  SANITY_STUDIO_DATASET: 'staging',
  SANITY_AUTH_TOKEN: 'sk-x',
}

describe('readContentLakeEnv', () => {
  it('gives the target when project, dataset and token are set', () => {
    expect(readContentLakeEnv(complete)).toEqual({
      ok: true,
      target: { projectId: 'abc123', dataset: 'staging' },
    })
  })

  it('names every missing variable, and treats blank as missing', () => {
    const result = readContentLakeEnv({ SANITY_STUDIO_DATASET: '  ' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message.split('\n')).toEqual([
      'Missing environment: SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET, SANITY_AUTH_TOKEN.',
      '  SANITY_STUDIO_PROJECT_ID: the Sanity project id (sanity.io/manage)',
      '  SANITY_STUDIO_DATASET: the dataset, e.g. production',
      '  SANITY_AUTH_TOKEN: an API token of the project (Editor to import, Viewer to export)',
      'Nothing was sent to Sanity. See "Content round trip" in README.md.',
    ])
  })

  it('does not assume the production dataset', () => {
    const { SANITY_STUDIO_DATASET: _dataset, ...rest } = complete
    const result = readContentLakeEnv(rest)
    expect(!result.ok && result.message).toMatch(/^Missing environment: SANITY_STUDIO_DATASET\.$/m)
  })

  it('refuses a malformed project id with the Studio’s own message', () => {
    const result = readContentLakeEnv({ ...complete, SANITY_STUDIO_PROJECT_ID: 'My Project' })
    expect(!result.ok && result.message).toContain(
      'SANITY_STUDIO_PROJECT_ID "My Project" is not a Sanity project id',
    )
  })
})
