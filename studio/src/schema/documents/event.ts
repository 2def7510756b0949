import { pageTypes } from '@bergslaget/content/content-types'
import { hasChangedPlans } from '@bergslaget/content/event-plans'
import { eventKinds, eventStatuses, type EventStatus } from '@bergslaget/content/vocabularies'
import { CalendarIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import type { PreviewValue } from 'sanity'

import { formatDate, joinParts, monthName } from '../../lib/format'
import { imageWithAlt } from '../objects/image-with-alt'
import { choiceField } from '../shared/choice-field'
import { STOCKHOLM_DATETIME_OPTIONS } from '../shared/datetime'
import { optionTitle } from '../shared/option-title'
import { previousSlugsField } from '../shared/previous-slugs-field'
import { slugField } from '../shared/slug-field'
import { webUrlRule } from '../shared/url-rules'

import { eventDateFields } from './event-date-fields'
import { originalDateWarning, registrationWarning, type PlannedEvent } from './event-plan-rules'

const organisations = [defineArrayMember({ type: 'reference', to: [{ type: 'organisation' }] })]

interface EventPreview {
  title?: string
  dateMode?: string
  startsAt?: string
  year?: number
  month?: number
  city?: string
  status?: EventStatus
}

function when({ dateMode, startsAt, year, month }: EventPreview): string | undefined {
  if (dateMode === 'fixed') return formatDate(startsAt)
  if (year === undefined) return undefined
  return `${month ? `${monthName(month)} ` : ''}${year} (preliminärt)`
}

export const event = defineType({
  name: 'event',
  title: pageTypes.event.names.editor.one,
  type: 'document',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ange evenemangets rubrik.'),
    }),
    slugField('title'),
    previousSlugsField(),
    choiceField({
      name: 'kind',
      title: 'Typ',
      choices: eventKinds.options,
      layout: 'dropdown',
      required: 'Välj typ av evenemang.',
    }),
    ...eventDateFields,
    defineField({ name: 'venue', title: 'Plats', type: 'venue' }),
    defineField({ name: 'hosts', title: 'Värdar', type: 'array', of: organisations }),
    defineField({ name: 'partners', title: 'Samarbetspartner', type: 'array', of: organisations }),
    defineField({ name: 'description', title: 'Beskrivning', type: 'richText' }),
    defineField({ name: 'theme', title: 'Tema', type: 'string' }),
    defineField({
      name: 'liveStream',
      title: 'Direktsändning',
      description: 'Länk till sändningen, om evenemanget sänds. Kan ligga kvar som inspelning efteråt.',
      type: 'video',
    }),
    defineField({
      name: 'registrationUrl',
      title: 'Länk till anmälan',
      type: 'url',
      validation: (rule) => [
        webUrlRule(rule),
        rule
          .custom(
            (url, context) =>
              (url && registrationWarning((context.document ?? {}) as PlannedEvent, new Date())) || true,
          )
          .warning(),
      ],
    }),
    choiceField({
      name: 'status',
      title: 'Status',
      choices: eventStatuses.options,
      layout: 'radio',
      initialValue: 'planned',
      required: 'Välj status.',
    }),
    defineField({
      name: 'originalStartsAt',
      title: 'Ursprungligt datum',
      description:
        'När evenemanget först skulle äga rum; visas som "Uppskjutet från …". Ange det nya datumet under Datum, eller välj "Datum ej fastställt" tills det är bestämt.',
      type: 'datetime',
      options: STOCKHOLM_DATETIME_OPTIONS,
      hidden: ({ document, value }) => value === undefined && document?.status !== 'postponed',
      validation: (rule) =>
        rule
          .custom(
            (value: string | undefined, context) =>
              originalDateWarning((context.document ?? {}) as PlannedEvent, value) ?? true,
          )
          .warning(),
    }),
    imageWithAlt({ name: 'coverImage', title: 'Omslagsbild', hotspot: true }),
  ],
  orderings: [
    { title: 'Datum, senaste först', name: 'startsAtDesc', by: [{ field: 'startsAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      dateMode: 'dateMode',
      startsAt: 'startsAt',
      year: 'year',
      month: 'month',
      city: 'venue.city',
      status: 'status',
      media: 'coverImage',
    },
    prepare: ({ media, ...value }: EventPreview & Pick<PreviewValue, 'media'>) => ({
      title: value.title,
      subtitle: joinParts(
        value.status && hasChangedPlans(value.status) && optionTitle(eventStatuses.options, value.status),
        when(value),
        value.city,
      ),
      media,
    }),
  },
})
