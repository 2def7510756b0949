import { evaluateSync, parse, toJS, type ExprNode } from 'groq-js'

import type { ContentSource, QueryParams } from './content-source'
import { indexDataset } from './dataset-index'
import { loadDataset, type SanityDocument } from './load-dataset'
import { createQueryPlanner, type QueryPlanner } from './query-plan'

/**
 * Runs queries in-process with groq-js over the bundled NDJSON. The file is read and indexed once per
 * process (the first query waits for it), and each query is parsed and planned once (query-plan.ts),
 * since a site asks the same few queries over and over. Evaluation is groq-js's synchronous one: every
 * document is in memory, and its asynchronous one spends about four fifths of its time on promises.
 */
export function createEmbeddedSource(datasetPath: string): ContentSource {
  let loaded: Promise<{ documents: SanityDocument[]; planner: QueryPlanner }> | undefined
  const trees = new Map<string, ExprNode>()

  return {
    kind: 'embedded',
    async fetch(query: string, params: QueryParams = {}) {
      loaded ??= loadDataset(datasetPath).then((dataset) => ({
        documents: dataset.documents,
        planner: createQueryPlanner(indexDataset(dataset)),
      }))
      const { documents, planner } = await loaded
      let tree = trees.get(query)
      if (!tree) {
        // Without params, so `$slug` stays a parameter node and the planned tree serves every slug.
        tree = planner.plan(parse(query))
        trees.set(query, tree)
      }
      return toJS(evaluateSync(tree, { dataset: documents, params, dereference: planner.dereference }))
    },
  }
}
