import { CaseIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const affiliation = defineType({
  name: 'affiliation',
  title: 'Anknytning',
  type: 'object',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'organisation',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required().error('Välj organisationen.'),
    }),
    defineField({
      name: 'role',
      title: 'Roll',
      description: 'Som den presenteras, t.ex. "vice vd" eller "kommunstyrelsens ordförande".',
      type: 'string',
      validation: (rule) => rule.required().error('Ange rollen.'),
    }),
  ],
  preview: {
    select: { title: 'organisation.name', subtitle: 'role' },
  },
})
