import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not `new URL(file, import.meta.url)`: bundlers turn that pattern into an asset reference.
export const bundledDatasetPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../dataset/production.ndjson',
)
