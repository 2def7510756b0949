import { evaluate, parse, type ExprNode } from 'groq-js'

import type { ContentSource, QueryParams } from './content-source'
import { loadDataset, type LoadedDataset } from './load-dataset'

/**
 * Runs queries in-process with groq-js over the bundled NDJSON. The file is read once per process
 * (the first query waits for it) and parsed queries are kept, since a site asks the same few queries
 * over and over.
 */
export function createEmbeddedSource(datasetPath: string): ContentSource {
  let dataset: Promise<LoadedDataset> | undefined
  const trees = new Map<string, ExprNode>()

  return {
    kind: 'embedded',
    async fetch(query: string, params: QueryParams = {}) {
      dataset ??= loadDataset(datasetPath)
      const { documents, byId } = await dataset
      let tree = trees.get(query)
      if (!tree) {
        // Without params, so `$slug` stays a parameter node and the cached tree serves every slug.
        tree = parse(query)
        trees.set(query, tree)
      }
      const value = await evaluate(tree, {
        dataset: documents,
        params,
        dereference: ({ _ref }) => byId.get(_ref),
      })
      return value.get()
    },
  }
}
