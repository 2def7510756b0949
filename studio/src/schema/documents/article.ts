import { pageTypes } from '@bergslaget/content/content-types'
import { articleKinds } from '@bergslaget/content/vocabularies'
import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { formatDate, joinParts } from '../../lib/format'
import { imageWithAlt } from '../objects/image-with-alt'
import { choiceField } from '../shared/choice-field'
import { STOCKHOLM_DATETIME_OPTIONS } from '../shared/datetime'
import { optionTitle } from '../shared/option-title'
import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'

const publication = (document: unknown) =>
  (document ?? {}) as { publishedAt?: string; publishedYear?: number }

export const article = defineType({
  name: 'article',
  title: pageTypes.article.names.editor.one,
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ange rubriken.'),
    }),
    slugField('title'),
    previousSlugsField(),
    choiceField({
      name: 'kind',
      title: 'Typ',
      choices: articleKinds.options,
      layout: 'radio',
      required: 'Välj nyhet eller seminarierapport.',
    }),
    // Exactly one of publishedAt / publishedYear: archive articles often only have a year.
    defineField({
      name: 'publishedAt',
      title: 'Publicerad',
      type: 'datetime',
      options: STOCKHOLM_DATETIME_OPTIONS,
      validation: (rule) =>
        rule.custom((publishedAt, context) =>
          publishedAt || publication(context.document).publishedYear !== undefined
            ? true
            : 'Ange publiceringsdatum (eller bara år för en arkivartikel).',
        ),
    }),
    defineField({
      name: 'publishedYear',
      title: 'Publiceringsår',
      description: 'Bara för arkivartiklar där dagen är okänd. Lämna tomt om datumet ovan är ifyllt.',
      type: 'number',
      validation: (rule) => [
        rule.integer().min(1900).max(2100).error('Ange året med fyra siffror, t.ex. 2019.'),
        rule.custom((publishedYear, context) =>
          publishedYear !== undefined && publication(context.document).publishedAt
            ? 'Ange antingen publiceringsdatum eller publiceringsår, inte båda.'
            : true,
        ),
      ],
    }),
    defineField({
      name: 'excerpt',
      title: 'Ingress',
      description: 'Kort sammanfattning för listor och delningar, högst 300 tecken.',
      type: 'text',
      rows: 3,
      validation: (rule) => [
        rule.max(300).error('Ingressen får vara högst 300 tecken.'),
        // A custom rule, not `required()`: TypeGen would then type the excerpt as always present.
        rule
          .custom((excerpt: string | undefined) =>
            excerpt?.trim()
              ? true
              : 'Skriv en ingress: den visas i listor och när artikeln delas, annars står där ingenting.',
          )
          .warning(),
      ],
    }),
    defineField({ name: 'body', title: 'Brödtext', type: 'richText' }),
    defineField({
      name: 'event',
      title: 'Evenemang',
      type: 'reference',
      to: [{ type: 'event' }],
      // The event page lists its reports through this reference; a report without it is never shown there.
      validation: (rule) =>
        rule.custom((event, context) =>
          event || (context.document as { kind?: string } | undefined)?.kind !== 'seminarReport'
            ? true
            : 'Välj evenemanget som seminarierapporten handlar om.',
        ),
    }),
    imageWithAlt({ name: 'coverImage', title: 'Omslagsbild', hotspot: true }),
    defineField({ name: 'author', title: 'Skribent', type: 'string' }),
  ],
  orderings: [
    {
      title: 'Publicerad, senaste först',
      name: 'publishedDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      kind: 'kind',
      publishedAt: 'publishedAt',
      publishedYear: 'publishedYear',
      media: 'coverImage',
    },
    prepare: ({ title, kind, publishedAt, publishedYear, media }) => ({
      title,
      subtitle: joinParts(optionTitle(articleKinds.options, kind), formatDate(publishedAt) ?? publishedYear),
      media,
    }),
  },
})
