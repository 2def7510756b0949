import { articleKinds } from '@bergslaget/content/vocabularies'
import { DocumentTextIcon } from '@sanity/icons'
import type { StructureBuilder } from 'sanity/structure'

import { STUDIO_API_VERSION } from '../lib/api-version'
import { SEMINAR_REPORT } from '../templates'

const latestFirst = [{ field: 'publishedAt', direction: 'desc' as const }]

/** Nyheter och rapporter: all, news, and seminar reports (where "Ny seminarierapport" is offered). */
export function articlesItem(S: StructureBuilder) {
  const ofKind = (id: string, title: string, kind: string) =>
    S.listItem()
      .id(id)
      .title(title)
      .icon(DocumentTextIcon)
      .child(
        S.documentTypeList('article')
          .id(id)
          .title(title)
          .filter('_type == "article" && kind == $kind')
          .apiVersion(STUDIO_API_VERSION)
          .params({ kind })
          .defaultOrdering(latestFirst)
          .initialValueTemplates(
            kind === 'seminarReport'
              ? [S.initialValueTemplateItem(SEMINAR_REPORT)]
              : [S.initialValueTemplateItem('article')],
          ),
      )

  return S.listItem()
    .id('nyheter-och-rapporter')
    .title('Nyheter och rapporter')
    .icon(DocumentTextIcon)
    .child(
      S.list()
        .id('nyheter-och-rapporter')
        .title('Nyheter och rapporter')
        .items([
          S.listItem()
            .id('alla')
            .title('Alla nyheter och rapporter')
            .icon(DocumentTextIcon)
            .child(
              S.documentTypeList('article')
                .id('alla')
                .title('Alla nyheter och rapporter')
                .defaultOrdering(latestFirst),
            ),
          S.divider(),
          ofKind('nyheter', articleKinds.plural.news, 'news'),
          ofKind('seminarierapporter', articleKinds.plural.seminarReport, 'seminarReport'),
        ]),
    )
}
