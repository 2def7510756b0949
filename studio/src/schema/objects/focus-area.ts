import { TargetIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const focusArea = defineType({
  name: 'focusArea',
  title: 'Fokusområde',
  type: 'object',
  icon: TargetIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ange fokusområdets rubrik.'),
    }),
    defineField({
      name: 'period',
      title: 'Period',
      description: 'T.ex. "2022–2023".',
      type: 'string',
      validation: (rule) => rule.required().error('Ange perioden, t.ex. "2022–2023".'),
    }),
    defineField({ name: 'description', title: 'Beskrivning', type: 'text', rows: 4 }),
  ],
  preview: { select: { title: 'title', subtitle: 'period' } },
})
