import { organisationKinds } from '@bergslaget/content/vocabularies'
import { CaseIcon } from '@sanity/icons'
import type { StructureBuilder } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'

const byName = [{ field: 'name', direction: 'asc' as const }]

/** Organisationer: all, then one list per kind. */
export function organisationsItem(S: StructureBuilder) {
  return S.listItem()
    .id('organisationer')
    .title('Organisationer')
    .icon(CaseIcon)
    .child(
      S.list()
        .id('organisationer')
        .title('Organisationer')
        .items([
          S.listItem()
            .id('alla')
            .title('Alla organisationer')
            .icon(CaseIcon)
            .child(
              S.documentTypeList('organisation')
                .id('alla')
                .title('Alla organisationer')
                .defaultOrdering(byName),
            ),
          S.divider(),
          ...organisationKinds.values.map((value) => {
            const heading = organisationKinds.plural[value]
            return S.listItem()
              .id(value)
              .title(heading)
              .icon(CaseIcon)
              .child(
                S.documentTypeList('organisation')
                  .id(value)
                  .title(heading)
                  .filter('_type == "organisation" && kind == $kind')
                  .apiVersion(STUDIO_API_VERSION)
                  .params({ kind: value })
                  .defaultOrdering(byName),
              )
          }),
        ]),
    )
}
