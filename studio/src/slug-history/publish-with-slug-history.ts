import { useDocumentOperation, type DocumentActionComponent, type Schema } from 'sanity'

import { previousSlugsOnPublish, type SlugHistoryVersion } from './slug-history'

/**
 * Sanity's own publish action, which first records a renamed document's old slug in `previousSlugs`
 * (see schema/shared/previous-slugs-field.ts): the patch goes to the draft, so the old address and the
 * new slug are published in the same transaction and one webhook refreshes both.
 */
export function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const description = publish(props)
    const { patch } = useDocumentOperation(props.id, props.type)
    if (!description) return description
    return {
      ...description,
      onHandle: () => {
        const previousSlugs = previousSlugsOnPublish(
          props.published as SlugHistoryVersion | null,
          props.draft as SlugHistoryVersion | null,
        )
        if (previousSlugs) patch.execute([{ set: { previousSlugs } }])
        description.onHandle?.()
      },
    }
  }
  PublishWithSlugHistory.action = publish.action
  return PublishWithSlugHistory
}

/** The publish action keeps a slug history for the types that have one (a `previousSlugs` field). */
export function slugHistoryActions(
  actions: DocumentActionComponent[],
  { schemaType, schema }: { schemaType: string; schema: Schema },
): DocumentActionComponent[] {
  const type = schema.get(schemaType)
  const hasHistory = type && 'fields' in type && type.fields.some(({ name }) => name === 'previousSlugs')
  if (!hasHistory) return actions
  return actions.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action))
}
