import { pageTypes } from '@bergslaget/content/content-types'
import { organisationKinds } from '@bergslaget/content/vocabularies'
import { CaseIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { joinParts } from '../../lib/format'
import { imageWithAlt } from '../objects/image-with-alt'
import { choiceField } from '../shared/choice-field'
import { optionTitle } from '../shared/option-title'
import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'
import { SWEDISH_COUNTIES } from '../shared/swedish-counties'
import { webUrlRule } from '../shared/url-rules'

export const organisation = defineType({
  name: 'organisation',
  title: pageTypes.organisation.names.editor.one,
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange organisationens namn.'),
    }),
    slugField('name'),
    previousSlugsField(),
    choiceField({
      name: 'kind',
      title: 'Typ',
      choices: organisationKinds.options,
      layout: 'dropdown',
      required: 'Välj typ av organisation.',
    }),
    defineField({ name: 'website', title: 'Webbplats', type: 'url', validation: webUrlRule }),
    defineField({ name: 'description', title: 'Beskrivning', type: 'text', rows: 4 }),
    imageWithAlt({ name: 'logo', title: 'Logotyp' }),
    defineField({ name: 'city', title: 'Kommun eller ort', type: 'string' }),
    defineField({ name: 'county', title: 'Län', type: 'string', options: { list: SWEDISH_COUNTIES } }),
  ],
  orderings: [{ title: 'Namn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', kind: 'kind', city: 'city', media: 'logo' },
    prepare: ({ title, kind, city, media }) => ({
      title,
      subtitle: joinParts(optionTitle(organisationKinds.options, kind), city),
      media,
    }),
  },
})
