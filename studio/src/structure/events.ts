import { CalendarIcon } from '@sanity/icons'
import type { StructureBuilder } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'

import { PAST_EVENTS_FILTER, UPCOMING_EVENTS_FILTER } from './event-filters'

const byStart = (direction: 'asc' | 'desc') => [{ field: 'startsAt', direction }]

/** Evenemang: kommande (soonest first), tidigare (latest first) and alla. */
export function eventsItem(S: StructureBuilder) {
  const filtered = (id: string, title: string, filter: string, direction: 'asc' | 'desc') =>
    S.listItem()
      .id(id)
      .title(title)
      .icon(CalendarIcon)
      .child(
        S.documentList()
          .id(id)
          .title(`${title} evenemang`)
          .schemaType('event')
          .apiVersion(STUDIO_API_VERSION)
          .filter(filter)
          .defaultOrdering(byStart(direction)),
      )

  return S.listItem()
    .id('evenemang')
    .title('Evenemang')
    .icon(CalendarIcon)
    .child(
      S.list()
        .id('evenemang')
        .title('Evenemang')
        .items([
          filtered('kommande', 'Kommande', UPCOMING_EVENTS_FILTER, 'asc'),
          filtered('tidigare', 'Tidigare', PAST_EVENTS_FILTER, 'desc'),
          S.divider(),
          S.listItem()
            .id('alla')
            .title('Alla evenemang')
            .icon(CalendarIcon)
            .child(
              S.documentTypeList('event').id('alla').title('Alla evenemang').defaultOrdering(byStart('desc')),
            ),
        ]),
    )
}
