/**
 * Collects what the content layer logs through console.error during each test (and keeps it off the
 * test output). Call at the top of a test file; the returned array is emptied before every test.
 */
export function captureContentErrors(): string[] {
  const errors: string[] = []
  beforeEach(() => {
    errors.length = 0
    jest.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message))
  })
  afterEach(() => jest.restoreAllMocks())
  return errors
}
