import { resolve } from 'node:path'

import { bundledDatasetPath } from '@bergslaget/content/dataset'

import { checkDataset } from '../validation/validate-documents'

import { formatReport } from './format-report'
import { readDatasetFile } from './read-dataset-file'

export interface ContentCheckResult {
  text: string
  /**
   * 0: no errors (warnings allowed); 1: errors, or the file could not be read. One failure code,
   * since `sanity exec` turns any non-zero exit of the script into 1 anyway.
   */
  exitCode: 0 | 1
}

/** `content:check [file]`: the bundled dataset when no file is named, else the file relative to `cwd`. */
export async function runContentCheck(file: string | undefined, cwd: string): Promise<ContentCheckResult> {
  const path = file ? resolve(cwd, file) : bundledDatasetPath
  let documents
  try {
    documents = await readDatasetFile(path)
  } catch (error) {
    return { text: `Cannot check ${path}: ${(error as Error).message}`, exitCode: 1 }
  }
  return formatReport(await checkDataset(documents), path)
}
