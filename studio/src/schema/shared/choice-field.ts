import { defineField } from 'sanity'

interface ChoiceFieldOptions<Value extends string> {
  name: string
  title: string
  /** The vocabulary's `options` (@bergslaget/content/vocabularies): the values with the editor's words. */
  choices: { title: string; value: Value }[]
  /** A short list reads best as radio buttons in a row; a long one as a dropdown. */
  layout: 'radio' | 'dropdown'
  initialValue?: Value
  /** The Swedish message when nothing is chosen. */
  required: string
}

/** A required choice among a vocabulary's values, as every kind, status, role and mode is picked. */
export function choiceField<Value extends string>(options: ChoiceFieldOptions<Value>) {
  const { name, title, choices, layout, initialValue, required } = options
  return defineField({
    name,
    title,
    type: 'string',
    options: layout === 'radio' ? { list: choices, layout, direction: 'horizontal' } : { list: choices },
    ...(initialValue === undefined ? {} : { initialValue }),
    validation: (rule) => rule.required().error(required),
  })
}
