import { pageTypes } from '@bergslaget/content/content-types'
import { MicrophoneIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { joinParts } from '../../lib/format'
import { isAfter, STOCKHOLM_DATETIME_OPTIONS } from '../shared/datetime'
import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'

import { withinItsEvent } from './talk-time-rule'

export const talk = defineType({
  name: 'talk',
  title: pageTypes.talk.names.editor.one,
  type: 'document',
  icon: MicrophoneIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ange föredragets rubrik.'),
    }),
    slugField('title'),
    previousSlugsField(),
    defineField({
      name: 'event',
      title: 'Evenemang',
      type: 'reference',
      to: [{ type: 'event' }],
      validation: (rule) => rule.required().error('Välj evenemanget där föredraget hålls.'),
    }),
    defineField({
      name: 'speakers',
      title: 'Medverkande',
      type: 'array',
      of: [defineArrayMember({ type: 'talkSpeaker' })],
      validation: (rule) => rule.unique().error('Samma person finns två gånger med samma roll.'),
    }),
    defineField({
      name: 'order',
      title: 'Plats i programmet',
      description: '1 för den första programpunkten, 2 för nästa och så vidare.',
      type: 'number',
      validation: (rule) => [
        rule.required().error('Ange programpunktens plats, 1 för den första.'),
        rule.integer().min(1).error('Ange ett heltal från 1.'),
      ],
    }),
    defineField({
      name: 'startsAt',
      title: 'Börjar',
      type: 'datetime',
      options: STOCKHOLM_DATETIME_OPTIONS,
      validation: (rule) => rule.custom(withinItsEvent),
    }),
    defineField({
      name: 'endsAt',
      title: 'Slutar',
      type: 'datetime',
      options: STOCKHOLM_DATETIME_OPTIONS,
      validation: (rule) => [
        rule.custom<string>((endsAt, context) =>
          isAfter(endsAt, (context.document as { startsAt?: unknown } | undefined)?.startsAt)
            ? true
            : 'Sluttiden måste vara efter starttiden.',
        ),
        rule.custom(withinItsEvent),
      ],
    }),
    defineField({ name: 'summary', title: 'Sammanfattning', type: 'richText' }),
    defineField({
      name: 'concerns',
      title: 'Berör organisationer',
      description: 'Organisationer som föredraget handlar om.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })],
    }),
    defineField({ name: 'links', title: 'Länkar', type: 'array', of: [defineArrayMember({ type: 'link' })] }),
    defineField({ name: 'recording', title: 'Inspelning', type: 'video' }),
    defineField({
      name: 'slides',
      title: 'Presentation',
      description: 'Bilderna som fil, t.ex. PDF.',
      type: 'file',
    }),
  ],
  orderings: [{ title: 'Plats i programmet', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', eventTitle: 'event.title', order: 'order' },
    prepare: ({ title, eventTitle, order }) => ({
      title,
      subtitle: joinParts(eventTitle, order !== undefined && `punkt ${order}`),
    }),
  },
})
