import { createContentApi, type ContentApi } from '../content-api'
import { createEmbeddedSource } from '../source/embedded-source'

export { writeDatasetVariant } from './dataset-variant'

/**
 * The content API as the site reads it after a rebuild over `datasetPath`: for workflow tests in
 * other workspaces (the Studio's), which check that new content shows up on the pages.
 */
export function contentApiOver(datasetPath: string): ContentApi {
  return createContentApi(createEmbeddedSource(datasetPath))
}
