import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

import { parseNdjson } from '@bergslaget/content/dataset'
import type { SanityDocument } from 'sanity'

import { findTarEntry } from './tar-entry'

const ARCHIVE = /\.(tar\.gz|tgz)$/i

/**
 * Reads the documents of an NDJSON file, or of the `data.ndjson` inside a `sanity dataset export`
 * archive (`.tar.gz`). Documents are only parsed here, not judged: an export may hold anything.
 */
export async function readDatasetFile(path: string): Promise<SanityDocument[]> {
  const raw = await readFile(path)
  const text = ARCHIVE.test(path) ? ndjsonInArchive(raw, path) : raw.toString('utf8')
  return parseNdjson(text, path) as SanityDocument[]
}

/** The documents file of a `sanity dataset export` archive (`<name>/data.ndjson`), if it has one. */
export function dataNdjsonIn(archive: Buffer): Buffer | undefined {
  return findTarEntry(gunzipSync(archive), (name) => /(^|\/)data\.ndjson$/.test(name))
}

function ndjsonInArchive(archive: Buffer, path: string): string {
  const data = dataNdjsonIn(archive)
  if (!data) throw new Error(`${path}: the archive holds no data.ndjson (is it a Sanity dataset export?)`)
  return data.toString('utf8')
}
