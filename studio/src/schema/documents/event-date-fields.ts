import { eventDateModes, type EventDateMode } from '@bergslaget/content/vocabularies'
import { defineField } from 'sanity'
import type { CustomValidator } from 'sanity'

import { monthName } from '../../lib/format'
import { choiceField } from '../shared/choice-field'
import { isAfter, STOCKHOLM_DATETIME_OPTIONS } from '../shared/datetime'

interface EventDates {
  dateMode?: EventDateMode
  startsAt?: string
  endsAt?: string
  year?: number
}

const eventOf = (context: { document?: unknown }) => (context.document ?? {}) as EventDates

/**
 * A field of the other date mode is hidden, unless it still holds a value: then the editor sees it
 * (with a warning) and can clear it, instead of a stale date lingering out of sight.
 */
const shownIn =
  (mode: EventDateMode) =>
  ({ document, value }: { document?: unknown; value?: unknown }) =>
    value === undefined && (document as EventDates | undefined)?.dateMode !== mode

const requiredIn =
  (mode: EventDateMode, message: string): CustomValidator<unknown> =>
  (value, context) =>
    eventOf(context).dateMode === mode && (value === undefined || value === null) ? message : true

const emptyOutside =
  (mode: EventDateMode): CustomValidator<unknown> =>
  (value, context) => {
    const dateMode = eventOf(context).dateMode
    if (value === undefined || value === null || !dateMode || dateMode === mode) return true
    return mode === 'fixed'
      ? 'Används bara med fast datum och tid. Töm fältet eller byt datumläge.'
      : 'Används bara när datumet inte är fastställt. Töm fältet eller byt datumläge.'
  }

export const eventDateFields = [
  choiceField({
    name: 'dateMode',
    title: 'Datum',
    choices: eventDateModes.options,
    layout: 'radio',
    initialValue: 'fixed',
    required: 'Välj om datumet är fastställt.',
  }),
  defineField({
    name: 'startsAt',
    title: 'Börjar',
    type: 'datetime',
    options: STOCKHOLM_DATETIME_OPTIONS,
    hidden: shownIn('fixed'),
    validation: (rule) => [
      rule.custom(requiredIn('fixed', 'Ange när evenemanget börjar.')),
      rule.custom(emptyOutside('fixed')).warning(),
    ],
  }),
  defineField({
    name: 'endsAt',
    title: 'Slutar',
    type: 'datetime',
    options: STOCKHOLM_DATETIME_OPTIONS,
    hidden: shownIn('fixed'),
    validation: (rule) => [
      rule.custom(requiredIn('fixed', 'Ange när evenemanget slutar.')),
      rule.custom<string>((endsAt, context) =>
        isAfter(endsAt, eventOf(context).startsAt) ? true : 'Sluttiden måste vara efter starttiden.',
      ),
      rule.custom(emptyOutside('fixed')).warning(),
    ],
  }),
  defineField({
    name: 'year',
    title: 'År',
    type: 'number',
    hidden: shownIn('unconfirmed'),
    validation: (rule) => [
      rule.custom(requiredIn('unconfirmed', 'Ange året när datumet inte är fastställt.')),
      rule.integer().min(1900).max(2100).error('Ange året med fyra siffror, t.ex. 2027.'),
      rule.custom(emptyOutside('unconfirmed')).warning(),
    ],
  }),
  defineField({
    name: 'month',
    title: 'Månad',
    description: 'Valfri: fyll i om månaden är känd.',
    type: 'number',
    options: {
      list: Array.from({ length: 12 }, (_, index) => ({ title: monthName(index + 1), value: index + 1 })),
    },
    hidden: shownIn('unconfirmed'),
    validation: (rule) => [
      rule.integer().min(1).max(12).error('Ange månaden som ett tal 1–12.'),
      rule.custom(emptyOutside('unconfirmed')).warning(),
    ],
  }),
]
