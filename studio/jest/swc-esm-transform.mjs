// sanity and many of its dependencies ship only ESM, and sanity reads `import.meta` (Vite's HMR
// and env flags), which is a syntax error once compiled to CommonJS. Jest on Node 20 cannot
// require ESM, so every file goes through @swc/jest, dependencies with `import.meta` stubbed out first
// (our own sources keep it: swc compiles `import.meta.url` to the file's URL).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import swcJest from '@swc/jest'

/**
 * The synchronous half of an @swc/jest transformer, which is all this transform offers jest. @swc/jest
 * always has `process` and `getCacheKey`; its declared type (jest's `Transformer`) makes them optional.
 *
 * @param {import('@jest/transform').Transformer} transformer
 */
function synchronous({ canInstrument, getCacheKey, process: transform }) {
  if (!getCacheKey || !transform) throw new Error('@swc/jest no longer transforms synchronously')
  return { canInstrument, getCacheKey, process: transform }
}

const own = synchronous(swcJest.createTransformer({ jsc: { target: 'es2022' } }))
// No source maps for dependencies: a smaller cache and a faster cold run.
const dependency = synchronous(swcJest.createTransformer({ jsc: { target: 'es2022' }, sourceMaps: false }))
const IMPORT_META = /\bimport\.meta\b/g
const SALT = createHash('sha1')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')

/** @param {string} path */
const isDependency = (path) => path.includes('/node_modules/')
/** @param {string} path */
const pick = (path) => (isDependency(path) ? dependency : own)

/** @type {import('@jest/transform').SyncTransformer} */
const transformer = {
  canInstrument: own.canInstrument,
  getCacheKey: (source, path, options) => pick(path).getCacheKey(source, path, options) + SALT,
  process: (source, path, options) =>
    isDependency(path)
      ? dependency.process(source.replace(IMPORT_META, '({ env: {} })'), path, options)
      : own.process(source, path, options),
}

export default transformer
