import { HomeIcon } from '@sanity/icons'
import type { StructureResolver } from 'sanity/structure'
import { ASSOCIATION_ID } from './singleton'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Innehåll')
    .items([
      S.listItem()
        .title('Föreningen')
        .id(ASSOCIATION_ID)
        .icon(HomeIcon)
        .child(S.document().schemaType('association').documentId(ASSOCIATION_ID).title('Föreningen')),
      S.divider(),
      S.documentTypeListItem('event')
        .title('Evenemang')
        .child(
          S.documentTypeList('event')
            .title('Evenemang')
            .defaultOrdering([{ field: 'startsAt', direction: 'desc' }]),
        ),
      S.documentTypeListItem('talk').title('Föredrag'),
      S.documentTypeListItem('speaker')
        .title('Talare')
        .child(
          S.documentTypeList('speaker')
            .title('Talare')
            .defaultOrdering([{ field: 'name', direction: 'asc' }]),
        ),
      S.documentTypeListItem('organisation')
        .title('Organisationer')
        .child(
          S.documentTypeList('organisation')
            .title('Organisationer')
            .defaultOrdering([{ field: 'name', direction: 'asc' }]),
        ),
      S.documentTypeListItem('article')
        .title('Nyheter och rapporter')
        .child(
          S.documentTypeList('article')
            .title('Nyheter och rapporter')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
    ])
