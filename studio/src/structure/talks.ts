import { MicrophoneIcon } from '@sanity/icons'
import type { StructureBuilder } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'
import { TALK_FOR_EVENT } from '../templates'

/** The talks of one event in programme order; "Nytt föredrag" here comes with the event filled in. */
export function talksOfEvent(S: StructureBuilder, eventId: string) {
  return S.documentTypeList('talk')
    .id(`foredrag-${eventId}`)
    .title('Föredrag')
    .filter('_type == "talk" && event._ref == $eventId')
    .apiVersion(STUDIO_API_VERSION)
    .params({ eventId })
    .defaultOrdering([{ field: 'order', direction: 'asc' }])
    .initialValueTemplates([S.initialValueTemplateItem(TALK_FOR_EVENT, { eventId })])
}

/** Föredrag: grouped by event (latest first), and all talks. */
export function talksItem(S: StructureBuilder) {
  return S.listItem()
    .id('foredrag')
    .title('Föredrag')
    .icon(MicrophoneIcon)
    .child(
      S.list()
        .id('foredrag')
        .title('Föredrag')
        .items([
          S.listItem()
            .id('per-evenemang')
            .title('Per evenemang')
            .icon(MicrophoneIcon)
            .child(
              S.documentTypeList('event')
                .id('per-evenemang')
                .title('Föredrag per evenemang')
                .defaultOrdering([{ field: 'startsAt', direction: 'desc' }])
                .child((eventId) => talksOfEvent(S, eventId)),
            ),
          S.listItem()
            .id('alla')
            .title('Alla föredrag')
            .icon(MicrophoneIcon)
            .child(S.documentTypeList('talk').id('alla').title('Alla föredrag')),
        ]),
    )
}
