import { talkSpeakerRoles } from '@bergslaget/content/vocabularies'
import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { choiceField } from '../shared/choice-field'
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
    choiceField({
      name: 'role',
      title: 'Roll',
      choices: talkSpeakerRoles.options,
      layout: 'radio',
      initialValue: 'speaker',
      required: 'Välj rollen.',
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
