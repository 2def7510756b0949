import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { optionTitle } from '../shared/option-title'

export const TALK_SPEAKER_ROLES = [
  { title: 'Talare', value: 'speaker' },
  { title: 'Moderator', value: 'moderator' },
  { title: 'Värd', value: 'host' },
]

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
      options: { list: TALK_SPEAKER_ROLES, layout: 'radio', direction: 'horizontal' },
      initialValue: 'speaker',
      validation: (rule) => rule.required().error('Välj rollen.'),
    }),
  ],
  preview: {
    select: { title: 'speaker.name', role: 'role', media: 'speaker.portrait' },
    prepare: ({ title, role, media }) => ({ title, subtitle: optionTitle(TALK_SPEAKER_ROLES, role), media }),
  },
})
