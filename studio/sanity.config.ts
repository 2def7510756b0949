import { svSELocale } from '@sanity/locale-sv-se'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { studioEnv } from './src/env'
import { schemaTypes } from './src/schema'
import { singletonActions, withoutSingletonTemplates } from './src/singleton'
import { structure } from './src/structure'

export default defineConfig({
  name: 'default',
  title: 'Intresseföreningen Bergslaget',
  projectId: studioEnv.projectId,
  dataset: studioEnv.dataset,
  plugins: [structureTool({ title: 'Innehåll', structure }), visionTool({ title: 'GROQ' }), svSELocale()],
  schema: { types: schemaTypes },
  document: {
    newDocumentOptions: (templates) => withoutSingletonTemplates(templates),
    actions: (actions, context) => singletonActions(actions, context),
  },
})
