import { pageTypes, routableTypes, type RoutableType } from '@bergslaget/content/content-types'
import { HomeIcon } from '@sanity/icons'
import type { ListItemBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'

import { ASSOCIATION_ID } from '../singleton'

import { articlesItem } from './articles'
import { eventsItem } from './events'
import { organisationsItem } from './organisations'
import { talksItem } from './talks'

export { defaultDocumentNode } from './document-views'

/** The types whose editors asked for more than one list (by date, by event, by kind). */
const itemsOfTheirOwn: Partial<Record<RoutableType, (S: StructureBuilder) => ListItemBuilder>> = {
  event: eventsItem,
  talk: talksItem,
  organisation: organisationsItem,
  article: articlesItem,
}

/**
 * Any other type with pages: all its documents by title, under its name in the plural. Its id is its
 * section's path segment (`talare`), which the Studio's address of the list shows; at the site's root,
 * its type's name.
 */
function typeItem(S: StructureBuilder, type: RoutableType): ListItemBuilder {
  const { names, place, titleField } = pageTypes[type]
  const id = ('section' in place && place.section.slice(1)) || type
  return S.documentTypeListItem(type)
    .id(id)
    .title(names.editor.many)
    .child(
      S.documentTypeList(type)
        .id(id)
        .title(names.editor.many)
        .defaultOrdering([{ field: titleField, direction: 'asc' }]),
    )
}

/** The association first, then every type with pages in the content types' order. */
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
      ...routableTypes.map((type) => itemsOfTheirOwn[type]?.(S) ?? typeItem(S, type)),
    ])
