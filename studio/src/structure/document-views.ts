import type { DefaultDocumentNodeResolver } from 'sanity/structure'

import { ProgrammeView } from '../programme/programme-view'
import { IncomingReferencesView } from '../references/incoming-references-view'

/**
 * Extra tabs wherever a document of these types opens (lists, references, search): speakers and
 * organisations show what refers to them, an event shows its programme.
 */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) => {
  const form = S.view.form().title('Redigera')
  const usedIn = S.view.component(IncomingReferencesView).id('anvands-i').title('Används i')
  switch (schemaType) {
    case 'speaker':
    case 'organisation':
      return S.document().views([form, usedIn])
    case 'event':
      return S.document().views([
        form,
        S.view.component(ProgrammeView).id('program').title('Program'),
        usedIn,
      ])
    default:
      return S.document()
  }
}
