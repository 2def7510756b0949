import { HomeIcon, UserIcon } from '@sanity/icons'
import type { StructureResolver } from 'sanity/structure'
import { ASSOCIATION_ID } from '../singleton'
import { articlesItem } from './articles'
import { eventsItem } from './events'
import { organisationsItem } from './organisations'
import { talksItem } from './talks'

export { defaultDocumentNode } from './document-views'

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
      eventsItem(S),
      talksItem(S),
      S.listItem()
        .id('talare')
        .title('Talare')
        .icon(UserIcon)
        .child(
          S.documentTypeList('speaker')
            .id('talare')
            .title('Talare')
            .defaultOrdering([{ field: 'name', direction: 'asc' }]),
        ),
      organisationsItem(S),
      articlesItem(S),
    ])
