/** @jest-environment node */
import { draftContent, isDraftModeEnabled } from './draft-content'

jest.mock('next/headers', () => ({
  draftMode: () => {
    throw new Error('draftMode() must not be asked when the site cannot preview')
  },
}))

// The tests' environment is the bundled dataset's: no drafts, so a static build must not even ask.
test('without a hosted project and a token there is no draft content and no draft mode', async () => {
  expect(draftContent).toBeNull()
  await expect(isDraftModeEnabled()).resolves.toBe(false)
})
