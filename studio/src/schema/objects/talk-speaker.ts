import { talkSpeakerRoles } from '@bergslaget/content/vocabularies'
import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { optionTitle } from '../shared/option-title'

export const talkSpeaker = defineType({
  name: 'talkSpeaker',
  title: 'Medverkande',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'speaker',
      title: 'Person',
      type: 'reference',
      to: [{ type: 'speaker' }],
      validation: (rule) => rule.required().error('Välj personen.'),
    }),
    defineField({
      name: 'role',
      title: 'Roll',
      type: 'string',
      options: { list: talkSpeakerRoles.options, layout: 'radio', direction: 'horizontal' },
      initialValue: 'speaker',
      validation: (rule) => rule.required().error('Välj rollen.'),
    }),
  ],
  preview: {
    select: { title: 'speaker.name', role: 'role', media: 'speaker.portrait' },
    prepare: ({ title, role, media }) => ({
      title,
      subtitle: optionTitle(talkSpeakerRoles.options, role),
      media,
    }),
  },
})
