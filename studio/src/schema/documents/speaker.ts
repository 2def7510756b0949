import { pageTypes } from '@bergslaget/content/content-types'
import { UserIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { imageWithAlt } from '../objects/image-with-alt'
import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'

import { bioLengthRule, hasAffiliationRule } from './speaker-rules'

export const speaker = defineType({
  name: 'speaker',
  title: pageTypes.speaker.names.editor.one,
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange personens namn.'),
    }),
    slugField('name'),
    previousSlugsField(),
    defineField({
      name: 'affiliations',
      title: 'Roller och organisationer',
      description: 'Den första visas tillsammans med namnet.',
      type: 'array',
      of: [defineArrayMember({ type: 'affiliation' })],
      validation: (rule) => rule.custom(hasAffiliationRule).warning(),
    }),
    defineField({
      name: 'bio',
      title: 'Om personen',
      description: 'Två till fyra meningar om personen och det hon eller han arbetar med.',
      type: 'richText',
      validation: (rule) => rule.custom(bioLengthRule).warning(),
    }),
    imageWithAlt({ name: 'portrait', title: 'Porträtt', hotspot: true }),
    defineField({ name: 'links', title: 'Länkar', type: 'array', of: [defineArrayMember({ type: 'link' })] }),
  ],
  orderings: [{ title: 'Namn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: {
      title: 'name',
      role: 'affiliations.0.role',
      organisation: 'affiliations.0.organisation.name',
      media: 'portrait',
    },
    prepare: ({ title, role, organisation, media }) => ({
      title,
      subtitle: [role, organisation].filter(Boolean).join(', '),
      media,
    }),
  },
})
