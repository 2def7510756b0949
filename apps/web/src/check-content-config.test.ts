/** @jest-environment node */
import { checkContentConfig } from './check-content-config'

const saved = { ...process.env }
let exit: jest.SpyInstance
let error: jest.SpyInstance
beforeEach(() => {
  exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never)
  error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  process.env = { ...saved }
  jest.restoreAllMocks()
})

test('the server stops at start with a half-set hosted configuration, naming what is missing', () => {
  process.env = { ...saved, SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: '' }
  checkContentConfig()
  expect(error).toHaveBeenCalledWith(expect.stringContaining('SANITY_DATASET is not set'))
  expect(exit).toHaveBeenCalledWith(1)
})

test('the server starts on the bundled dataset when nothing is configured', () => {
  process.env = { ...saved, SANITY_PROJECT_ID: '', SANITY_DATASET: '' }
  checkContentConfig()
  expect(exit).not.toHaveBeenCalled()
})
