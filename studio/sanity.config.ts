import { svSELocale } from '@sanity/locale-sv-se'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'

import { studioEnv } from './src/env'
import { presentation } from './src/presentation'
import { schemaTypes } from './src/schema'
import { singletonActions, withoutSingletonTemplates } from './src/singleton'
import { slugHistoryActions } from './src/slug-history/publish-with-slug-history'
import { defaultDocumentNode, structure } from './src/structure'
import { withEditorTemplates } from './src/templates'

export default defineConfig({
  name: 'default',
  title: 'Intresseföreningen Bergslaget',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  plugins: [
    structureTool({ title: 'Innehåll', structure, defaultDocumentNode }),
    presentation,
    visionTool({ title: 'GROQ' }),
    svSELocale(),
  ],
  schema: { types: schemaTypes, templates: withEditorTemplates },
  document: {
    newDocumentOptions: (templates) => withoutSingletonTemplates(templates),
    actions: (actions, context) => slugHistoryActions(singletonActions(actions, context), context),
  },
})
