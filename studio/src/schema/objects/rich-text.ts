import { routableTypes } from '@bergslaget/content/content-types'
import { BlockContentIcon, LaunchIcon, LinkIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { linkUrlRule } from '../shared/url-rules'

export const richText = defineType({
  name: 'richText',
  title: 'Formaterad text',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Brödtext', value: 'normal' },
        { title: 'Rubrik', value: 'h2' },
        { title: 'Underrubrik', value: 'h3' },
        { title: 'Citat', value: 'blockquote' },
      ],
      lists: [
        { title: 'Punktlista', value: 'bullet' },
        { title: 'Numrerad lista', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Fetstil', value: 'strong' },
          { title: 'Kursiv', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Länk',
            type: 'object',
            icon: LaunchIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Adress',
                type: 'url',
                validation: (rule) => linkUrlRule(rule.required()),
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Länk inom webbplatsen',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'reference',
                title: 'Länkar till',
                type: 'reference',
                // Any page of the site: the site reads every target through its type's summary.
                to: routableTypes.map((type) => ({ type })),
                validation: (rule) => rule.required().error('Välj sidan som länken ska leda till.'),
              }),
            ],
          }),
        ],
      },
    }),
  ],
})
