/** @jest-environment node */
import { createRequestScope } from '@/testing/next-request-scope'

import { GET } from './route'

const mockScope = createRequestScope()
jest.mock('next/headers', () => ({ draftMode: async () => mockScope.draft }))

test('leaving preview turns draft mode off and goes to the start page', async () => {
  mockScope.draft.enable()
  const response = await GET()
  expect(response.status).toBe(307)
  expect(response.headers.get('location')).toBe('/')
  expect(mockScope.draft.isEnabled).toBe(false)
})
