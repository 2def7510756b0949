// The bundled dataset and the NDJSON reader, for tools that check content (the Studio's tests).
export { bundledDatasetPath } from './source/bundled-dataset'
export { parseNdjson, type SanityDocument } from './source/load-dataset'
