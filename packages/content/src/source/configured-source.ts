import { readContentConfig, type ContentConfig } from '../env'
import { bundledDatasetPath } from './bundled-dataset'
import type { ContentSource } from './content-source'
import { createEmbeddedSource } from './embedded-source'
import { createHostedSource } from './hosted-source'

export function createConfiguredSource(config: ContentConfig = readContentConfig()): ContentSource {
  return config.source === 'hosted'
    ? createHostedSource(config)
    : createEmbeddedSource(config.datasetFile ?? bundledDatasetPath)
}
