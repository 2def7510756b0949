import { routableTypes } from '@bergslaget/content/content-types'
import type { DocumentActionComponent } from 'sanity'

import { getStudioSchema } from '../validation/validate-documents'

import { slugHistoryActions } from './publish-with-slug-history'

const action = (name: DocumentActionComponent['action']): DocumentActionComponent =>
  Object.assign(() => null, { action: name })
const defaults = [action('publish'), action('unpublish'), action('delete')]

test('every type with a site address publishes through the slug history; the rest keep the default', () => {
  const schema = getStudioSchema()
  const wrapped = (schemaType: string) =>
    slugHistoryActions(defaults, { schemaType, schema })
      .map((component, index) => component !== defaults[index] && component.action)
      .filter(Boolean)
  for (const type of routableTypes) {
    expect({ type, wrapped: wrapped(type) }).toEqual({ type, wrapped: ['publish'] })
  }
  expect(wrapped('association')).toEqual([])
})
