import type { DocumentActionComponent, TemplateItem } from 'sanity'

import { singletonActions, withoutSingletonTemplates } from './singleton'

const action = (name: DocumentActionComponent['action']): DocumentActionComponent =>
  Object.assign(() => null, { action: name })
const all = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'] as const

describe('the association singleton', () => {
  it('can be published, discarded and restored, but not deleted, duplicated or unpublished', () => {
    const names = (schemaType: string) =>
      singletonActions(all.map(action), { schemaType }).map((component) => component.action)
    expect(names('association')).toEqual(['publish', 'discardChanges', 'restore'])
    expect(names('event')).toEqual([...all])
  })

  it('is not offered in the new-document menu', () => {
    const templates = ['association', 'event', 'talk'].map((templateId): TemplateItem => ({ templateId }))
    expect(withoutSingletonTemplates(templates).map(({ templateId }) => templateId)).toEqual([
      'event',
      'talk',
    ])
  })
})
