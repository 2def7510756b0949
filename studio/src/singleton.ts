import type { DocumentActionComponent, TemplateItem } from 'sanity'

/** The association is edited as one fixed document; its `_id` equals its type name. */
export const ASSOCIATION_ID = 'association'

const SINGLETON_TYPES = new Set([ASSOCIATION_ID])
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** Hides the singleton from every "create new document" menu, so it cannot be created twice. */
export function withoutSingletonTemplates(templates: TemplateItem[]): TemplateItem[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.templateId))
}

/** Leaves the singleton only publish, discard changes and restore: no delete, duplicate or unpublish. */
export function singletonActions(
  actions: DocumentActionComponent[],
  { schemaType }: { schemaType: string },
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(schemaType)) return actions
  return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
}
