import { pageTypes } from '@bergslaget/content/content-types'
import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'

/**
 * A page editors own (the accessibility statement, privacy, the statutes), at `/<slug>`. Which of them
 * the footer links is chosen in the association document.
 */
export const infoPage = defineType({
  name: 'infoPage',
  title: pageTypes.infoPage.names.editor.one,
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ange sidans rubrik.'),
    }),
    slugField('title'),
    previousSlugsField(),
    defineField({
      name: 'description',
      title: 'Beskrivning',
      description: 'En eller två meningar om sidan. Visas i sökmotorer och när sidan delas.',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.max(200).warning('Håll beskrivningen kort, högst 200 tecken.'),
    }),
    defineField({
      name: 'body',
      title: 'Innehåll',
      type: 'richText',
      validation: (rule) => rule.required().error('Skriv sidans innehåll.'),
    }),
  ],
  orderings: [{ title: 'Rubrik', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({ title, subtitle: slug ? `/${slug}` : 'Ingen adress ännu' }),
  },
})
