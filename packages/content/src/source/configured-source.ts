import { contentConfig, type ContentConfig } from '../env'

import { bundledDatasetPath } from './bundled-dataset'
import type { ContentSource } from './content-source'
import { createEmbeddedSource } from './embedded-source'
import { createHostedSource } from './hosted-source'

export function createConfiguredSource(config: ContentConfig = contentConfig()): ContentSource {
  return config.source === 'hosted'
    ? createHostedSource(config)
    : createEmbeddedSource(config.datasetFile ?? bundledDatasetPath)
}
