import { HomeIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { SWEDISH_COUNTIES } from '../shared/swedish-counties'
import { webUrlRule } from '../shared/url-rules'

/** Singleton: the one document with `_id: "association"`, see src/singleton.ts. */
export const association = defineType({
  name: 'association',
  title: 'Föreningen',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange föreningens namn.'),
    }),
    defineField({ name: 'shortName', title: 'Kortnamn', description: 'T.ex. "Bergslaget".', type: 'string' }),
    defineField({
      name: 'intro',
      title: 'Kort presentation',
      description: 'Två meningar om föreningen. Visas överst på startsidan och som beskrivning i sökmotorer.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.required().error('Skriv en kort presentation av föreningen.'),
        rule.max(300).warning('Håll presentationen kort, högst 300 tecken.'),
      ],
    }),
    defineField({ name: 'description', title: 'Beskrivning', type: 'richText' }),
    defineField({
      name: 'memberCount',
      title: 'Antal medlemmar',
      description: 'Totalt antal medlemmar, även de som inte finns i listan nedan.',
      type: 'number',
      validation: (rule) => rule.integer().min(0).error('Ange antalet som ett heltal.'),
    }),
    defineField({
      name: 'members',
      title: 'Medlemmar',
      description: 'Medlemskommuner och regioner.',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'organisation' }],
          options: { filter: 'kind in $kinds', filterParams: { kinds: ['municipality', 'region'] } },
        }),
      ],
      validation: (rule) => rule.unique().error('Samma medlem finns två gånger.'),
    }),
    defineField({
      name: 'counties',
      title: 'Län',
      description: 'Länen där föreningen har medlemmar.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: SWEDISH_COUNTIES, layout: 'grid' },
    }),
    defineField({ name: 'address', title: 'Postadress', type: 'address' }),
    defineField({
      name: 'organisationNumber',
      title: 'Organisationsnummer',
      type: 'string',
      validation: (rule) =>
        rule
          .regex(/^\d{6}-\d{4}$/, { name: 'organisationsnummer' })
          .error('Skriv organisationsnumret som NNNNNN-NNNN.'),
    }),
    defineField({ name: 'website', title: 'Webbplats', type: 'url', validation: webUrlRule }),
    defineField({
      name: 'email',
      title: 'E-post',
      type: 'string',
      validation: (rule) => rule.email().error('Ange en giltig e-postadress.'),
    }),
    defineField({ name: 'chair', title: 'Ordförande', type: 'reference', to: [{ type: 'speaker' }] }),
    defineField({
      name: 'footerLinks',
      title: 'Länkar i sidfoten',
      description:
        'Sidor som länkas från sidfoten på varje sida, i den här ordningen. Tillgänglighetsredogörelsen ska finnas med.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'infoPage' }] })],
      validation: (rule) => rule.unique().error('Samma sida finns två gånger.'),
    }),
    defineField({
      name: 'focusAreas',
      title: 'Fokusområden',
      type: 'array',
      of: [defineArrayMember({ type: 'focusArea' })],
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'shortName' },
  },
})
