import { presentationTool } from 'sanity/presentation'

import { previewOrigin } from './env'
import { locations, mainDocuments } from './presentation-locations'

/**
 * The Presentation tool: the site in an iframe, showing drafts. It writes a short-lived secret to the
 * dataset and opens the site's /api/draft-mode/enable with it; the site checks the secret with its
 * read token and turns on Next.js draft mode (apps/web/src/lib/draft).
 */
export const presentation = presentationTool({
  title: 'Förhandsgranskning',
  previewUrl: {
    origin: previewOrigin,
    previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
  },
  resolve: { locations, mainDocuments },
})
