import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { linkUrlRule } from '../shared/url-rules'

export const link = defineType({
  name: 'link',
  title: 'Länk',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Länktext',
      type: 'string',
      validation: (rule) => rule.required().error('Ange en länktext.'),
    }),
    defineField({
      name: 'url',
      title: 'Adress',
      description: 'https://…, mailto:namn@exempel.se eller tel:+46…',
      type: 'url',
      validation: (rule) => linkUrlRule(rule.required()),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'url' } },
})
