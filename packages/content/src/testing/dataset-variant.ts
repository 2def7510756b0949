import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import { parseNdjson, type SanityDocument } from '../source/load-dataset'

/** Writes a copy of the bundled dataset, changed by `edit`, to a scratch file and returns its path. */
export async function writeDatasetVariant(
  edit: (documents: SanityDocument[]) => SanityDocument[],
): Promise<string> {
  const documents = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  const path = join(await mkdtemp(join(tmpdir(), 'content-variant-')), 'dataset.ndjson')
  await writeFile(
    path,
    edit(documents)
      .map((doc) => JSON.stringify(doc))
      .join('\n') + '\n',
  )
  return path
}

/** The content API over a copy of the bundled dataset with each document passed through `edit`. */
export async function apiWithEachDocument(edit: (document: SanityDocument) => SanityDocument) {
  return createContentApi(createEmbeddedSource(await writeDatasetVariant((documents) => documents.map(edit))))
}
