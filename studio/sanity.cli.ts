import { defineCliConfig } from 'sanity/cli'

import { studioEnv, typegenPaths } from './src/env'

export default defineCliConfig({
  api: { projectId: studioEnv.projectId, dataset: studioEnv.dataset },
  typegen: {
    path: '../packages/content/src/**/*.{ts,tsx}',
    ...typegenPaths(),
    overloadClientMethods: true,
  },
})
